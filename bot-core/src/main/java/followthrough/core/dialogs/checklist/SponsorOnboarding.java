package followthrough.core.dialogs.checklist;

import followthrough.core.dialogs.team.MemberContacts;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.OnboardingProgress;
import followthrough.core.ports.Team;
import java.util.Optional;

/**
 * A first-line member's onboarding progress for their sponsor's silent-member nudge: the checklist
 * the sponsor runs for the contact that stands for the member in the sponsor's own contacts (see
 * {@link MemberContacts}; the sponsor's "I reached out" creates it). Only the sponsor's own data is
 * read. Thread-safe.
 */
public final class SponsorOnboarding implements OnboardingProgress {

  private final Team team;
  private final followthrough.core.dialogs.checklist.OnboardingProgress checklists;

  public SponsorOnboarding(Team team, Checklists checklists) {
    this.team = team;
    this.checklists = new followthrough.core.dialogs.checklist.OnboardingProgress(checklists);
  }

  @Override
  public Optional<Progress> of(UserId member) {
    return team.find(member)
        .flatMap(m -> checklists.of(m.sponsor(), MemberContacts.idFor(member)))
        .map(p -> new Progress(p.done(), p.total()));
  }
}
