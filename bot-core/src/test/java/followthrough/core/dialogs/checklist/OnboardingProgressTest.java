package followthrough.core.dialogs.checklist;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.Progress;
import followthrough.core.memory.InMemoryChecklists;
import org.junit.jupiter.api.Test;

/** The member's onboarding progress as the sponsor's "new partner" checklist shows it. */
class OnboardingProgressTest {

  private final InMemoryChecklists checklists = new InMemoryChecklists();
  private final OnboardingProgress progress = new OnboardingProgress(checklists);

  private static Checklist start(String id, String template, int minutes) {
    return Checklist.start(
        id, ANNA, "oleg", BuiltInTemplates.find(template).orElseThrow(), T0.plusSeconds(minutes));
  }

  @Test
  void readsTheSponsorsNewPartnerChecklistForTheMember() {
    // given
    checklists.add(start("k1", BuiltInTemplates.PARTNER, 0).toggled(0, T0).orElseThrow());
    checklists.add(start("k2", BuiltInTemplates.CUSTOMER, 60));
    // when / then
    assertThat(progress.of(ANNA, "oleg")).contains(new Progress(1, 5));
  }

  @Test
  void hasNothingToSayWithoutAChecklistOrForAnotherSponsor() {
    // given
    checklists.add(start("k1", BuiltInTemplates.PARTNER, 0));
    // when / then
    assertThat(progress.of(ANNA, "someone")).isEmpty();
    assertThat(progress.of(BORIS, "oleg")).isEmpty();
  }
}
