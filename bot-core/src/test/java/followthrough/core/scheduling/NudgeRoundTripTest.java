package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Outbound;
import followthrough.core.dialogs.nudge.NudgeActionsDialog;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.FakeChatGateway;
import followthrough.core.testkit.FakeNudgeQueue;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A nudge goes out, the user presses one of its buttons, and the planned nudges follow. */
class NudgeRoundTripTest {

  private final FakeNudgeQueue queue = new FakeNudgeQueue();
  private final FakeChatGateway gateway = new FakeChatGateway();
  private NudgePlanner planner;
  private PlanningFollowUps followUps;
  private PlanningMeetings meetings;
  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c -> {
            planner = new NudgePlanner(c.profiles, c.clock);
            followUps = new PlanningFollowUps(c.followUps, planner, queue);
            meetings = new PlanningMeetings(c.meetings, planner, queue);
            return List.of(new NudgeActionsDialog(followUps, meetings, c.contacts, c.ids));
          });
  private NudgeJob job;

  @BeforeEach
  void annaHasWrittenOnce() {
    chat.send("/help");
    chat.contacts.add(Fixtures.contact(ANNA, "c1", "Anna"));
    job =
        new NudgeJob(
            queue,
            new NudgeTexts(chat.followUps, chat.meetings, chat.contacts, planner, List.of()),
            planner,
            chat.profiles,
            gateway,
            new KeysOnlyMessages(),
            chat.clock,
            NudgeJob.Settings.defaults("test-1"));
  }

  private void tickAt(String instant) {
    chat.clock.set(Instant.parse(instant));
    job.runOnce();
  }

  private String buttonOf(Outbound message, String action) {
    return message.rows().stream()
        .flatMap(List::stream)
        .map(Outbound.Button::value)
        .filter(v -> v.startsWith("/nudge " + action + " "))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void doneOnAReminderEndsItsCarryOver() {
    // given
    followUps.add(
        FollowUp.open(
            "f1",
            ANNA,
            "c1",
            FollowUp.Kind.CHECK_IN,
            FollowUp.Channel.PHONE,
            Instant.parse("2026-03-02T10:00:00Z"),
            null,
            chat.clock.instant()));
    tickAt("2026-03-02T10:00:00Z");
    // when
    chat.press(buttonOf(gateway.sent().get(0).message(), "done"));
    tickAt("2026-03-03T08:00:00Z");
    // then
    assertThat(chat.keys()).containsExactly("nudge.followUp.done");
    assertThat(gateway.sent()).hasSize(1);
    assertThat(queue.pending(ANNA)).isEmpty();
  }

  @Test
  void notReachedOnAReminderBringsItBackTheNextDay() {
    // given
    followUps.add(
        FollowUp.open(
            "f1",
            ANNA,
            "c1",
            FollowUp.Kind.CHECK_IN,
            null,
            Instant.parse("2026-03-02T10:00:00Z"),
            null,
            chat.clock.instant()));
    tickAt("2026-03-02T10:00:00Z");
    // when
    chat.press(buttonOf(gateway.sent().get(0).message(), "miss"));
    tickAt("2026-03-03T08:00:00Z");
    tickAt("2026-03-03T10:00:00Z");
    // then: Tuesday's agenda lists it as due today, then the call is due again
    assertThat(gateway.texts())
        .containsExactly(
            "nudge.followUp.due.NONE\n\nnudge.followUp.why.CHECK_IN",
            "nudge.agenda.header\n\nnudge.agenda.dueToday",
            "nudge.followUp.due.NONE\n\nnudge.followUp.why.CHECK_IN");
  }

  @Test
  void aNoShowLeadsToANewMeetingWithItsOwnReminders() {
    // given
    meetings.add(
        Meeting.planned(
            "m1", ANNA, "c1", Instant.parse("2026-03-03T15:00:00Z"), null, chat.clock.instant()));
    tickAt("2026-03-02T15:00:00Z");
    tickAt("2026-03-03T08:00:00Z");
    tickAt("2026-03-03T13:00:00Z");
    Outbound soon = gateway.sent().get(gateway.sent().size() - 1).message();
    chat.clock.set(Instant.parse("2026-03-03T15:30:00Z"));
    // when
    chat.press(buttonOf(soon, "noshow"));
    chat.press(chat.buttons().get(0));
    chat.send("2026-03-06 15:00");
    // then
    assertThat(soon.text()).startsWith("nudge.meeting.soon");
    assertThat(chat.keys()).containsExactly("nudge.meeting.planned");
    assertThat(queue.pending(ANNA))
        .extracting(n -> n.kind() + "@" + n.dueAt())
        .contains("MEETING_DAY_BEFORE@2026-03-05T15:00:00Z", "MEETING_SOON@2026-03-06T13:00:00Z");
  }
}
