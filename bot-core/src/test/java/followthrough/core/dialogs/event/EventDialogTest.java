package followthrough.core.dialogs.event;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.ContactReliability;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.scheduling.EventTexts;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgeJob;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.NudgeTexts;
import followthrough.core.scheduling.PlanningEvents;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.FakeChatGateway;
import followthrough.core.testkit.FakeNudgeQueue;
import followthrough.core.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transcript of a group event: planned, 13 contacts registered, 4 prepaid, the forecast shown,
 * reminders sent, attendance recorded and each contact's reliability updated. Rendered in English
 * prose, so that the forecast's numbers are checked as the user reads them.
 */
class EventDialogTest {

  static final List<String> NAMES =
      List.of(
          "Agnes", "Boris", "Clara", "Dmitri", "Elena", "Fedor", "Galina", "Hans", "Irina", "Jonas",
          "Karla", "Lotte", "Mira");

  private final Messages messages = new BundleMessages();
  private final FakeNudgeQueue queue = new FakeNudgeQueue();
  private final FakeChatGateway gateway = new FakeChatGateway();
  private NudgePlanner planner;
  private PlanningEvents events;
  private final ChatScript chat =
      ChatScript.of(
          messages,
          c -> {
            planner = new NudgePlanner(c.profiles, c.clock);
            events = new PlanningEvents(c.events, planner, queue);
            return List.of(
                new EventDialog(
                    c.contacts, events, new ContactReliability(c.meetings, events), c.ids));
          });
  private NudgeJob job;

  @BeforeEach
  void thirteenContacts() {
    chat.send("/help");
    for (String name : NAMES) {
      chat.contacts.add(Fixtures.contact(ANNA, name.toLowerCase(), name));
    }
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
                        Set.of(Nudge.Kind.EVENT_DAY_BEFORE, Nudge.Kind.EVENT_SOON),
                        new EventTexts(events, chat.contacts)))),
            planner,
            chat.profiles,
            gateway,
            messages,
            chat.clock,
            NudgeJob.Settings.defaults("test-1"));
  }

  private String text() {
    return chat.replies().get(chat.replies().size() - 1).text();
  }

  private void tickAt(String instant) {
    chat.clock.set(Instant.parse(instant));
    job.runOnce();
  }

  @Test
  void plansAnEventRegistersThirteenForecastsRemindsAndRecordsAttendance() {
    // given: planned
    chat.send("/event new").send("Product training").send("2026-03-06 18:00");
    chat.send("Café «Zentral», $room.1 <b>").send("20").press("yes").send("20 €");
    assertThat(text()).startsWith("Event planned.").contains("Product training");
    // when: 13 registered, 4 prepaid
    chat.press("/event r c1");
    chat.send("Agnes, Boris, Clara, Dmitri, Elena\nFedor; Galina, Hans, Irina");
    chat.send("Jonas, Karla, Lotte, Mira");
    assertThat(text()).contains("Registered 4:").contains("13 registered for Product training");
    for (int i = 0; i < 4; i++) {
      chat.press("/event pp c1 " + i);
    }
    chat.press("/event o c1");
    // then: the forecast, and on request how it was made
    assertThat(text()).contains("13 registered, expected 6 (prepaid 4)");
    chat.press("/event f c1");
    assertThat(text()).contains("13 registered, expected 6, prepaid 4").contains("40 %");
    // and the reminders prompt to confirm with those who have not
    tickAt("2026-03-05T18:00:00Z");
    assertThat(gateway.texts()).hasSize(1);
    assertThat(gateway.texts().get(0))
        .startsWith("Tomorrow: Product training")
        .contains("13 registered haven't confirmed yet")
        .contains("Mira");
    chat.press("/event cc c1 0").press("/event cc c1 1");
    tickAt("2026-03-06T16:00:00Z");
    assertThat(gateway.texts()).hasSize(2);
    assertThat(gateway.texts().get(1))
        .startsWith("In 2 hours: Product training")
        .contains("11 registered haven't confirmed yet")
        .doesNotContain("Agnes");
    // and attendance: everyone but Fedor and Mira
    chat.clock.set(Instant.parse("2026-03-06T21:00:00Z"));
    chat.press("/event a c1").press("/event ae c1");
    chat.press("/event aa c1 5").press("/event aa c1 12").press("/event as c1");
    assertThat(text()).startsWith("Attendance saved.").contains("Held: 11 of 13 came.");
    // and each contact's reliability counts it
    ContactReliability reliability = new ContactReliability(chat.meetings, chat.events);
    assertThat(reliability.of(ANNA, "agnes")).isEqualTo(new Reliability(1, 1));
    assertThat(reliability.of(ANNA, "fedor")).isEqualTo(new Reliability(0, 1));
    assertThat(chat.events.find(ANNA, "c1").orElseThrow().status())
        .isEqualTo(GroupEvent.Status.HELD);
  }

  @Test
  void theNextEventForecastsFromEachRegistrantsOwnRecord() {
    // given: a first event where Agnes came and Fedor did not
    chat.send("/event new").send("Training").send("2026-03-03 18:00");
    chat.press("skip").press("skip").press("no");
    chat.press("/event r c1").send("Agnes, Fedor");
    chat.clock.set(Instant.parse("2026-03-03T20:00:00Z"));
    chat.press("/event aa c1 0").press("/event as c1");
    // when: both register for the next one
    chat.send("/event new").send("Training 2").send("2026-03-10 18:00");
    chat.press("skip").press("skip").press("no");
    chat.press("/event r c2").send("Agnes, Fedor");
    chat.press("/event o c2");
    // then: 1 + 0
    assertThat(text()).contains("2 registered, expected 1 (prepaid 0)");
  }

  @Test
  void reportsUnknownAndAmbiguousNamesAndStaysReadyForMore() {
    // given
    chat.contacts.add(Fixtures.contact(ANNA, "agnes2", "Agnes Berg"));
    chat.send("/event new").send("Training").send("2026-03-10 18:00");
    chat.press("skip").press("skip").press("no");
    chat.press("/event r c1");
    // when
    chat.send("Agnes, Zoe 🙂, <b>*_[x]_*</b>, Boris,, ;");
    // then
    assertThat(text())
        .contains("Registered 1:\nBoris")
        .contains("Not found among your contacts")
        .contains("Zoe 🙂")
        .contains("Several contacts match")
        .contains("Agnes");
    assertThat(chat.step()).isEqualTo("REGISTER");
  }

  @Test
  void asksAgainForABadTitleCapacityOrTimeWithoutLosingTheDraft() {
    // given
    chat.send("/event new");
    // when / then
    chat.send("x".repeat(101));
    assertThat(chat.step()).isEqualTo("TITLE");
    chat.send("Training").send("Friday");
    assertThat(chat.step()).isEqualTo("WHEN");
    chat.send("2026-03-10 18:00").send("Online");
    chat.send("zero");
    assertThat(chat.step()).isEqualTo("CAPACITY");
    chat.send("0");
    assertThat(chat.step()).isEqualTo("CAPACITY");
    chat.send("12").send("yes");
    assertThat(chat.step()).isEqualTo("PREPAY");
    chat.press("no");
    assertThat(chat.events.find(ANNA, "c1").orElseThrow().capacity()).isEqualTo(12);
  }

  @Test
  void attendanceWaitsUntilTheEventHasBegun() {
    // given
    chat.send("/event new").send("Training").send("2026-03-10 18:00");
    chat.press("skip").press("skip").press("no");
    // when
    chat.press("/event as c1");
    // then
    assertThat(text()).startsWith("The event hasn't started yet");
    assertThat(chat.events.find(ANNA, "c1").orElseThrow().status())
        .isEqualTo(GroupEvent.Status.PLANNED);
  }

  @Test
  void anotherUsersEventStaysOutOfReach() {
    // given
    chat.send("/event new").send("Training").send("2026-03-10 18:00");
    chat.press("skip").press("skip").press("no");
    // when
    chat.as("1002").press("/event o c1");
    // then
    assertThat(text()).isEqualTo("That event isn't there any more.");
  }

  @Test
  void cancellingARegistrationRemovesItFromTheForecast() {
    // given
    chat.send("/event new").send("Training").send("2026-03-10 18:00");
    chat.press("skip").press("skip").press("no");
    chat.press("/event r c1").send("Agnes, Boris");
    // when
    chat.press("/event xx c1 0").press("/event o c1");
    // then
    assertThat(text()).contains("1 registered, expected 0 (prepaid 0)").doesNotContain("Agnes");
  }
}
