package followthrough.core.dialogs.nudge;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The buttons under a meeting reminder. */
class NudgeMeetingActionsTest {

  private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c -> List.of(new NudgeActionsDialog(c.followUps, c.meetings, c.contacts, c.ids)));

  @BeforeEach
  void anna() {
    chat.contacts.add(Fixtures.contact(ANNA, "c1", "Anna"));
  }

  private Meeting meeting(Instant at) {
    Meeting m = Meeting.planned("m1", ANNA, "c1", at, null, MONDAY_NINE);
    chat.meetings.add(m);
    return m;
  }

  private static String button(String action, String id, Instant at) {
    return "/nudge " + action + " " + id + " " + NudgeButtons.version(at);
  }

  @Test
  void confirmsAMeetingWithoutChangingIt() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-03T15:00:00Z"));
    // when
    chat.press(button("ok", "m1", m.at()));
    // then
    assertThat(chat.keys()).containsExactly("nudge.meeting.confirmed");
    assertThat(chat.meetings.find(ANNA, "m1")).contains(m);
  }

  @Test
  void cancelsAMeeting() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-03T15:00:00Z"));
    // when
    chat.press(button("off", "m1", m.at()));
    // then
    assertThat(chat.keys()).containsExactly("nudge.meeting.cancelled");
    assertThat(chat.meetings.find(ANNA, "m1").get().status()).isEqualTo(Meeting.Status.CANCELLED);
  }

  @Test
  void movesAMeetingToTheAnsweredTime() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-03T15:00:00Z"));
    chat.press(button("mmove", "m1", m.at()));
    // when
    chat.send("2026-03-05 11:00");
    // then
    assertThat(chat.keys()).containsExactly("nudge.meeting.moved");
    Meeting moved = chat.meetings.find(ANNA, "m1").get();
    assertThat(moved.at()).isEqualTo("2026-03-05T11:00:00Z");
    assertThat(moved.status()).isEqualTo(Meeting.Status.PLANNED);
  }

  @Test
  void recordsNoShowOnlyOnceTheMeetingHasBegun() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-02T15:00:00Z"));
    // when
    chat.press(button("noshow", "m1", m.at()));
    List<String> early = chat.keys();
    chat.clock.set(Instant.parse("2026-03-02T15:20:00Z"));
    chat.press(button("noshow", "m1", m.at()));
    // then
    assertThat(early).containsExactly("nudge.meeting.notYet");
    assertThat(chat.keys()).containsExactly("nudge.meeting.noShow");
    assertThat(chat.buttons()).containsExactly(button("again", "m1", m.at()));
    assertThat(chat.meetings.find(ANNA, "m1").get().status()).isEqualTo(Meeting.Status.NO_SHOW);
  }

  @Test
  void plansANewMeetingAfterANoShowAndKeepsTheMissedOne() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-02T08:00:00Z"));
    chat.press(button("noshow", "m1", m.at()));
    // when
    chat.press(button("again", "m1", m.at()));
    chat.press("when:1w");
    // then
    assertThat(chat.keys()).containsExactly("nudge.meeting.planned");
    assertThat(chat.meetings.forContact(ANNA, "c1"))
        .extracting(x -> x.status() + "@" + x.at())
        .containsExactly("PLANNED@2026-03-09T08:00:00Z", "NO_SHOW@2026-03-02T08:00:00Z");
  }

  @Test
  void answersAButtonOfAMovedMeetingWithWhereThingsStand() {
    // given
    Meeting m = meeting(Instant.parse("2026-03-03T15:00:00Z"));
    chat.meetings.update(m.rescheduled(Instant.parse("2026-03-04T15:00:00Z")));
    // when
    chat.press(button("off", "m1", m.at()));
    // then
    assertThat(chat.keys()).containsExactly("nudge.stale", "nudge.line.meeting");
    assertThat(chat.meetings.find(ANNA, "m1").get().status()).isEqualTo(Meeting.Status.PLANNED);
  }
}
