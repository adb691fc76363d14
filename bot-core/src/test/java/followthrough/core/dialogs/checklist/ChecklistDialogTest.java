package followthrough.core.dialogs.checklist;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Outbound;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.contact.Rung;
import followthrough.core.ports.SharedTemplates;
import followthrough.core.scheduling.ChecklistTexts;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgeJob;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.NudgeTexts;
import followthrough.core.scheduling.PlanningChecklists;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.FakeChatGateway;
import followthrough.core.testkit.FakeNudgeQueue;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transcripts of onboarding checklists: started, ticked, nudged when they stall. */
class ChecklistDialogTest {

  private final FakeNudgeQueue queue = new FakeNudgeQueue();
  private final FakeChatGateway gateway = new FakeChatGateway();
  private NudgePlanner planner;
  private PlanningChecklists checklists;
  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c -> {
            planner = new NudgePlanner(c.profiles, c.clock);
            checklists = new PlanningChecklists(c.checklists, planner, queue);
            return List.of(
                new ChecklistDialog(
                    c.contacts, checklists, c.checklistTemplates, SharedTemplates.NONE, c.ids),
                new ListContactsDialog(
                    c.contacts,
                    c.touches,
                    c.orders,
                    c.followUps,
                    c.meetings,
                    checklists,
                    c.events));
          });
  private NudgeJob job;

  @BeforeEach
  void olegIsANewPartner() {
    chat.send("/help");
    chat.contacts.add(Fixtures.contact(ANNA, "oleg", "Oleg").withRung(Rung.PARTNER));
    job =
        new NudgeJob(
            queue,
            new NudgeTexts(
                chat.followUps,
                chat.meetings,
                chat.contacts,
                planner,
                List.of(
                    new NudgeTexts.ForKinds(
                        Set.of(Nudge.Kind.CHECKLIST_STALLED),
                        new ChecklistTexts(checklists, chat.contacts, planner)))),
            planner,
            chat.profiles,
            gateway,
            new KeysOnlyMessages(),
            chat.clock,
            NudgeJob.Settings.defaults("test-1"));
  }

  private Checklist checklist() {
    return chat.checklists.find(ANNA, "c1").orElseThrow();
  }

  private void tickAt(String instant) {
    chat.clock.set(Instant.parse(instant));
    job.runOnce();
  }

  @Test
  void startsANewPartnersChecklistTicksTwoItemsAndNudgesAfterThreeDaysWithoutProgress() {
    // given
    assertThat(chat.send("/checklist s").keys()).containsExactly("checklists.ask.who");
    assertThat(chat.send("Oleg").keys()).containsExactly("checklists.ask.template");
    assertThat(chat.buttons()).containsExactly("tpl:b-customer", "tpl:b-partner");
    assertThat(chat.press("tpl:b-partner").keys())
        .containsExactly("checklists.started", "checklists.view");
    // when
    chat.press("/checklist x c1 0");
    chat.press("/checklist x c1 1");
    // then
    assertThat(chat.keys()).containsExactly("checklists.view");
    assertThat(chat.buttons()).contains("/checklist x c1 2", "/checklist");
    assertThat(checklist().progress().done()).isEqualTo(2);
    assertThat(checklist().templateId()).isEqualTo("b-partner");
    // and the card shows it
    chat.send("/contacts Oleg").press("open:oleg");
    assertThat(chat.keys()).contains("contacts.card.checklist");
    assertThat(chat.buttons()).contains("/checklist o c1");
    // and after 3 days without progress
    tickAt("2026-03-04T08:00:00Z");
    assertThat(gateway.sent()).isEmpty();
    tickAt("2026-03-05T08:00:00Z");
    assertThat(gateway.texts())
        .containsExactly("checklists.nudge.stalled\n\nchecklists.nudge.next");
    Outbound nudge = gateway.sent().get(0).message();
    assertThat(nudge.rows().get(0).get(0).value()).isEqualTo("/checklist x c1 2");
    // and its button ticks the next item
    chat.press(nudge.rows().get(0).get(0).value());
    assertThat(checklist().progress().done()).isEqualTo(3);
  }

  @Test
  void aStallNudgeIsDroppedWhenTheChecklistMovedOnAndComesBackWhileItStaysStill() {
    // given
    chat.send("/checklist s #oleg b-partner");
    chat.clock.set(Instant.parse("2026-03-03T12:00:00Z"));
    chat.press("/checklist x c1 0");
    // when: Thursday's nudge (from Monday) is superseded; Friday's is due
    tickAt("2026-03-05T08:00:00Z");
    tickAt("2026-03-06T08:00:00Z");
    tickAt("2026-03-09T08:00:00Z");
    // then
    assertThat(gateway.texts()).hasSize(2);
  }

  @Test
  void aCompleteChecklistIsNeverNudged() {
    // given
    chat.send("/checklist s #oleg b-customer");
    // when
    for (int i = 0; i < 5; i++) {
      chat.press("/checklist x c1 " + i);
    }
    tickAt("2026-03-12T08:00:00Z");
    // then
    assertThat(chat.keys()).containsExactly("checklists.view", "checklists.view.complete");
    assertThat(gateway.sent()).isEmpty();
    assertThat(queue.pending(ANNA)).isEmpty();
  }

  @Test
  void startingTheSameChecklistAgainShowsTheOneUnderWay() {
    // given
    chat.send("/checklist s #oleg b-partner");
    // when
    chat.send("/checklist s #oleg b-partner");
    // then
    assertThat(chat.keys()).containsExactly("checklists.already", "checklists.view");
    assertThat(chat.checklists.forContact(ANNA, "oleg")).hasSize(1);
  }

  @Test
  void aStaleOrForeignTickButtonChangesNothing() {
    // given
    chat.send("/checklist s #oleg b-partner");
    // when
    chat.press("/checklist x c1 99");
    chat.press("/checklist x c1 -1");
    chat.press("/checklist x c1 two");
    chat.as("1002").press("/checklist x c1 0");
    // then
    assertThat(chat.keys()).containsExactly("checklists.gone");
    assertThat(checklist().progress().done()).isZero();
  }

  @Test
  void writesATemplateOfOnesOwnAndStartsAChecklistFromIt() {
    // given
    chat.send("/checklist new");
    chat.send("First week <b>*_[x]_*</b> $set 🙂");
    // when
    chat.send("Call on day 2\nShow the app\n\n");
    chat.send("שלום check the order");
    chat.press("/checklist t");
    chat.send("/checklist s #oleg");
    // then
    assertThat(chat.buttons()).containsExactly("tpl:b-customer", "tpl:b-partner", "tpl:c1");
    chat.press("tpl:c1");
    assertThat(chat.checklists.forContact(ANNA, "oleg").get(0).items()).hasSize(3);
  }

  @Test
  void refusesAnEmptyOrOverlongTemplateNameAndStaysAtTheStep() {
    // given
    chat.send("/checklist new");
    // when
    chat.send("   ");
    chat.send("x".repeat(121));
    // then
    assertThat(chat.keys())
        .containsExactly("checklists.template.tooLong", "checklists.template.askName");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void sharesATemplateWithTheTeam() {
    // given
    chat.send("/checklist new");
    chat.send("Week one");
    chat.send("Meet");
    // when
    chat.press("/checklist sh c1");
    // then
    assertThat(chat.keys()).contains("checklists.template.shared");
    assertThat(chat.checklistTemplates.find(ANNA, "c1").orElseThrow().visibility().name())
        .isEqualTo("TEAM");
  }

  @Test
  void startsForAContactNamedInFullAfterTheCommand() {
    // given
    chat.contacts.add(Fixtures.contact(ANNA, "anna", "Anna Schmidt"));
    chat.contacts.add(Fixtures.contact(ANNA, "anna2", "Anna Berg"));
    // when
    chat.send("/checklist s Anna Schmidt");
    // then
    assertThat(chat.keys()).containsExactly("checklists.ask.template");
    assertThat(chat.step()).isEqualTo("TEMPLATE");
  }
}
