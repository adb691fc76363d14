package followthrough.core.ports;

import followthrough.core.domain.user.UserId;
import java.util.Optional;

/**
 * How far a member is through their onboarding checklist, for the sponsor's nudge about a silent
 * member. Checklists are built apart; until they are wired, {@link #none()} says nothing.
 */
public interface OnboardingProgress {

  /** The member's progress, or empty when they have no checklist. */
  Optional<Progress> of(UserId member);

  /** No checklists: no progress is ever shown. */
  static OnboardingProgress none() {
    return member -> Optional.empty();
  }

  /** Items done of all items. */
  record Progress(int done, int total) {}
}
