package followthrough.core.dialogs.checklist;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.Progress;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A first-line member's onboarding progress, for the sponsor's silent-member nudge (teams).
 *
 * <p>Whose checklist: DOMAIN.md has the sponsor walk a new partner through their first steps ("a
 * checklist per new contact, walked through together"), so the progress that matters is the "new
 * partner" checklist the <em>sponsor</em> runs for the member, who is a contact in the sponsor's
 * own contacts. It is the sponsor's data, read with the sponsor as owner, so no one else's data is
 * touched. The teams feature knows which of the sponsor's contacts is the member (the contact the
 * invitation was made for) and passes its id. Thread-safe.
 */
public final class OnboardingProgress {

  private final Checklists checklists;

  public OnboardingProgress(Checklists checklists) {
    this.checklists = checklists;
  }

  /**
   * The progress of the sponsor's checklist for the member: the newest "new partner" checklist, or
   * else the newest checklist of any template; empty when the sponsor has none for this contact.
   *
   * @param sponsor the user who runs the checklist (the owner of the data)
   * @param memberContactId the member's contact id in the sponsor's contacts
   */
  public Optional<Progress> of(UserId sponsor, String memberContactId) {
    List<Checklist> all = checklists.forContact(sponsor, memberContactId);
    Comparator<Checklist> newest = Comparator.comparing(Checklist::createdAt).reversed();
    return all.stream()
        .filter(c -> c.templateId().equals(BuiltInTemplates.PARTNER))
        .min(newest)
        .or(() -> all.stream().min(newest))
        .map(Checklist::progress);
  }
}
