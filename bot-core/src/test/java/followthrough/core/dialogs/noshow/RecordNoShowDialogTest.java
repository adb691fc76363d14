package followthrough.core.dialogs.noshow;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordNoShowDialogTest {

  private final ChatScript chat = chat(new KeysOnlyMessages());
  private final UserId me = chat.key().user();

  /** Anna missed nothing yet: a meeting yesterday, one last month, one on Thursday. */
  private static ChatScript chat(Messages messages) {
    ChatScript chat =
        ChatScript.of(
            messages,
            c -> List.of(new RecordNoShowDialog(c.contacts, c.meetings, c.events, c.ids)));
    UserId me = chat.key().user();
    chat.contacts.add(contact(me, "a", "Anna Schmidt"));
    chat.contacts.add(contact(me, "b", "Boris Iwanow"));
    chat.contacts.add(contact(me, "o", "Oleg Petrov"));
    meeting(chat, "m1", "a", "2026-03-01T15:00:00Z", "café at the station");
    meeting(chat, "m2", "b", "2026-02-27T10:00:00Z", null);
    meeting(chat, "old", "a", "2026-02-10T10:00:00Z", null);
    meeting(chat, "next", "a", "2026-03-05T10:00:00Z", null);
    return chat;
  }

  private static void meeting(
      ChatScript chat, String id, String contactId, String at, String place) {
    Instant when = Instant.parse(at);
    chat.meetings.add(
        Meeting.planned(
            id, chat.key().user(), contactId, when, place, Instant.parse("2026-02-01T00:00:00Z")));
  }

  private Meeting.Status status(String id) {
    return chat.meetings.find(me, id).orElseThrow().status();
  }

  private List<Meeting> planned(String contactId) {
    return chat.meetings.forContact(me, contactId).stream()
        .filter(m -> m.status() == Meeting.Status.PLANNED)
        .toList();
  }

  @Test
  void recordsANoShowFromTheLastWeeksMeetingsAndReschedules() {
    assertThat(chat.send("/noshow").keys()).containsExactly("noshow.ask.which");
    assertThat(chat.buttons()).containsExactly("meet:m1", "meet:m2", "other");
    assertThat(chat.press("meet:m1").keys())
        .containsExactly(
            "noshow.recorded", "meeting.reliability", "noshow.ask.reschedule", "when.hint");
    assertThat(chat.buttons()).contains("when:1d", "when:3d", "notnow");
    assertThat(status("m1")).isEqualTo(Meeting.Status.NO_SHOW);
    assertThat(chat.press("when:3d").keys()).containsExactly("meeting.ask.time");
    assertThat(chat.press("time:18:00").keys())
        .containsExactly("noshow.rescheduled", "meeting.reminders.both");

    assertThat(chat.meetings.find(me, "c1"))
        .contains(
            new Meeting(
                "c1",
                me,
                "a",
                Instant.parse("2026-03-05T18:00:00Z"),
                "café at the station",
                Meeting.Status.PLANNED,
                chat.clock.instant()));
    assertThat(status("m1")).isEqualTo(Meeting.Status.NO_SHOW);
    assertThat(chat.step()).isNull();
  }

  @Test
  void takesTheOnlyBegunMeetingOfTheContactNamedOnTheCommandLine() {
    // when
    chat.send("/noshow Boris");
    // then
    assertThat(chat.keys()).startsWith("noshow.recorded", "meeting.reliability");
    assertThat(status("m2")).isEqualTo(Meeting.Status.NO_SHOW);
    assertThat(chat.step()).isEqualTo("RESCHEDULE");
  }

  @Test
  void offersTheContactsBegunMeetingsWhenThereAreSeveral() {
    // when
    chat.send("/noshow #a");
    // then
    assertThat(chat.keys()).containsExactly("noshow.ask.whichOf");
    assertThat(chat.buttons()).containsExactly("meet:m1", "meet:old", "other");
    chat.press("meet:old");
    assertThat(status("old")).isEqualTo(Meeting.Status.NO_SHOW);
    assertThat(status("m1")).isEqualTo(Meeting.Status.PLANNED);
  }

  @Test
  void findsAnotherContactsMeetingByName() {
    // given
    chat.send("/noshow");
    // when
    chat.press("other");
    assertThat(chat.keys()).containsExactly("noshow.ask.who");
    chat.send("boris");
    // then
    assertThat(chat.keys()).startsWith("noshow.recorded");
    assertThat(status("m2")).isEqualTo(Meeting.Status.NO_SHOW);
  }

  @Test
  void offersToPlanAMeetingWhenTheContactHasNone() {
    // when
    chat.send("/noshow Oleg");
    // then
    assertThat(chat.keys()).containsExactly("noshow.none.forContact");
    assertThat(chat.buttons()).containsExactly("/meeting #o");
    assertThat(chat.step()).isNull();
  }

  @Test
  void asksWhoWhenThereWasNoMeetingLastWeek() {
    // given
    chat.clock.set(Instant.parse("2026-03-20T09:00:00Z"));
    chat.meetings.update(
        chat.meetings.find(me, "next").orElseThrow().withStatus(Meeting.Status.KEPT));
    // when
    chat.send("/noshow");
    // then
    assertThat(chat.keys()).containsExactly("noshow.recent.none", "noshow.ask.who");
    assertThat(chat.step()).isEqualTo("WHO");
  }

  @Test
  void keepsTheReliabilityHonest() {
    // given
    chat.meetings.update(
        chat.meetings.find(me, "old").orElseThrow().withStatus(Meeting.Status.KEPT));
    // when
    chat.send("/noshow Anna").press("when:1w").press("time:10:00");
    // then: kept one of two, and the new meeting counts only once it is settled
    assertThat(Reliability.of(chat.meetings.forContact(me, "a"))).isEqualTo(new Reliability(1, 2));
    assertThat(planned("a")).extracting(Meeting::id).containsExactly("c1", "next");
  }

  @Test
  void leavesTheRescheduleForLater() {
    // given
    chat.send("/noshow Boris");
    // when
    chat.press("notnow");
    // then
    assertThat(chat.keys()).containsExactly("noshow.later");
    assertThat(chat.buttons()).containsExactly("/checkin #b");
    assertThat(planned("b")).isEmpty();
    assertThat(chat.step()).isNull();
  }

  @Test
  void takesATypedDateAndTimeForTheNewMeeting() {
    // given
    chat.send("/noshow Boris");
    // when
    chat.send("2026-03-04 17:00");
    // then
    assertThat(chat.keys()).containsExactly("noshow.rescheduled", "meeting.reminders.both");
    assertThat(planned("b"))
        .extracting(Meeting::at)
        .containsExactly(Instant.parse("2026-03-04T17:00:00Z"));
  }

  @Test
  void asksAgainForADateItCannotReadAndStillOffersNotNow() {
    // given
    chat.send("/noshow Boris");
    // when
    chat.send("someday");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.UNREADABLE", "noshow.ask.reschedule", "when.hint");
    assertThat(chat.buttons()).contains("when:1d", "notnow");
    assertThat(chat.step()).isEqualTo("RESCHEDULE");
  }

  @Test
  void asksAgainForATimeItCannotRead() {
    // given
    chat.send("/noshow Boris").press("when:1d");
    // when
    chat.send("whenever");
    // then
    assertThat(chat.keys()).containsExactly("meeting.time.unreadable", "meeting.ask.time");
    assertThat(chat.step()).isEqualTo("TIME");
  }

  @Test
  void asksForAButtonWhenTheMeetingListIsAnsweredOtherwise() {
    // given
    chat.send("/noshow");
    // when
    chat.press("when:1d");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "noshow.ask.which");
    assertThat(chat.step()).isEqualTo("PICK");
  }

  @Test
  void cancelsBeforeTheMeetingIsPickedWithoutRecordingAnything() {
    // given
    chat.send("/noshow");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(status("m1")).isEqualTo(Meeting.Status.PLANNED);
    assertThat(status("m2")).isEqualTo(Meeting.Status.PLANNED);
  }

  @Test
  void cancelsTheRescheduleWithoutPlanningANewMeeting() {
    // given
    chat.send("/noshow Boris").press("when:1d");
    // when
    chat.send("/cancel");
    // then: the no-show itself was recorded in one step
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(status("m2")).isEqualTo(Meeting.Status.NO_SHOW);
    assertThat(planned("b")).isEmpty();
  }

  @Test
  void aRepeatedTimePressPlansOneNewMeeting() {
    // given
    chat.send("/noshow Boris").press("when:1d");
    // when
    chat.press("time:10:00");
    chat.press("time:10:00");
    // then
    assertThat(chat.keys()).containsExactly("engine.idle");
    assertThat(planned("b")).hasSize(1);
  }

  @Test
  void saysItWithoutBlame() {
    // given
    ChatScript english = chat(new BundleMessages());
    english.meetings.update(
        english
            .meetings
            .find(english.key().user(), "old")
            .orElseThrow()
            .withStatus(Meeting.Status.KEPT));
    // when
    english.send("/noshow");
    english.press("meet:m1");
    // then
    assertThat(english.replies().get(0).text())
        .startsWith("Noted: Anna Schmidt didn't make it on Mar 1, 2026, 3:00")
        .contains(
            "PM. It happens; people get busy.\n\nAnna Schmidt came to 1 of 2 meetings so far.\n\n"
                + "Shall we find a new date with Anna Schmidt?");
  }
}
