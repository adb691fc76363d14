package followthrough.core.dialogs.meeting;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanMeetingDialogTest {

  private final ChatScript chat = chat(new KeysOnlyMessages());
  private final UserId me = chat.key().user();

  private static ChatScript chat(Messages messages) {
    ChatScript chat =
        ChatScript.of(
            messages, c -> List.of(new PlanMeetingDialog(c.contacts, c.meetings, c.events, c.ids)));
    chat.contacts.add(contact(chat.key().user(), "a", "Anna Schmidt"));
    chat.contacts.add(contact(chat.key().user(), "o", "Oleg Petrov"));
    return chat;
  }

  private List<Meeting> annasMeetings() {
    return chat.meetings.forContact(me, "a");
  }

  @Test
  void plansAMeetingStepByStep() {
    assertThat(chat.send("/meeting").keys()).containsExactly("meeting.ask.who");
    assertThat(chat.send("anna").keys()).containsExactly("meeting.ask.when", "when.hint");
    assertThat(chat.press("when:3d").keys()).containsExactly("meeting.ask.time");
    assertThat(chat.buttons()).contains("time:10:00", "time:18:00");
    assertThat(chat.press("time:18:00").keys()).containsExactly("meeting.ask.place");
    assertThat(chat.buttons()).containsExactly("by:PHONE", "by:VIDEO", "by:IN_PERSON", "skip");
    assertThat(chat.press("by:VIDEO").keys())
        .containsExactly("meeting.confirm.summary", "meeting.reminders.both");
    assertThat(chat.press("save").keys()).containsExactly("meeting.saved");

    assertThat(annasMeetings())
        .containsExactly(
            new Meeting(
                "c1",
                me,
                "a",
                Instant.parse("2026-03-05T18:00:00Z"),
                "by:VIDEO",
                Meeting.Status.PLANNED,
                chat.clock.instant()));
    assertThat(chat.step()).isNull();
  }

  @Test
  void takesTheContactFromTheCommandLineByNameOrById() {
    // when
    chat.send("/meeting #o");
    // then
    assertThat(chat.keys()).containsExactly("meeting.ask.when", "when.hint");
    chat.send("/meeting Oleg");
    assertThat(chat.step()).isEqualTo("WHEN");
  }

  @Test
  void skipsTheTimeQuestionWhenADateAndTimeAreTyped() {
    // given
    chat.send("/meeting Anna");
    // when
    chat.send("2026-03-05 10:00");
    // then
    assertThat(chat.keys()).containsExactly("meeting.ask.place");
    chat.send("café at the station").press("save");
    assertThat(annasMeetings().get(0).at()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    assertThat(annasMeetings().get(0).place()).isEqualTo("café at the station");
  }

  @ParameterizedTest
  @ValueSource(strings = {"18:30", "18.30", "um 18:30 Uhr", "в 18:30", "6:30 pm", "at 6.30pm"})
  void readsATypedTimeForTheChosenDay(String time) {
    // given
    chat.send("/meeting Anna").press("when:1d");
    // when
    chat.send(time);
    // then
    assertThat(chat.keys()).containsExactly("meeting.ask.place");
    chat.press("skip").press("save");
    assertThat(annasMeetings().get(0).at()).isEqualTo(Instant.parse("2026-03-03T18:30:00Z"));
    assertThat(annasMeetings().get(0).place()).isNull();
  }

  @Test
  void asksAgainForATimeItCannotRead() {
    // given
    chat.send("/meeting Anna").press("when:1d");
    // when
    chat.send("after lunch maybe");
    // then
    assertThat(chat.keys()).containsExactly("meeting.time.unreadable", "meeting.ask.time");
    assertThat(chat.buttons()).contains("time:10:00");
    assertThat(chat.step()).isEqualTo("TIME");
  }

  @Test
  void asksAgainForATimeThatHasPassedToday() {
    // given: it is 09:00 UTC
    chat.send("/meeting Anna").send("2026-03-02");
    // when
    chat.send("08:00");
    // then
    assertThat(chat.keys()).containsExactly("when.askBack.PAST", "meeting.ask.time");
    assertThat(chat.step()).isEqualTo("TIME");
  }

  @Test
  void asksAgainForATimeThatTheClockChangeSkips() {
    // given: in Berlin, 02:00 to 03:00 on 2026-03-29 does not exist
    chat.zone(ZoneId.of("Europe/Berlin"));
    chat.send("/meeting Anna").send("2026-03-29");
    // when
    chat.send("02:30");
    // then
    assertThat(chat.keys()).containsExactly("when.askBack.NONEXISTENT", "meeting.ask.time");
  }

  @Test
  void movesTheDayWhenAnotherDateIsTypedInsteadOfATime() {
    // given
    chat.send("/meeting Anna").press("when:1d");
    // when
    chat.send("2026-03-10");
    // then
    assertThat(chat.keys()).containsExactly("meeting.ask.time");
    chat.press("time:10:00").press("skip").press("save");
    assertThat(annasMeetings().get(0).at()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
  }

  @Test
  void asksForAButtonWhenTheConfirmationIsAnsweredWithText() {
    // given
    chat.send("/meeting Anna").send("2026-03-05 10:00").press("skip");
    // when
    chat.send("yes");
    // then
    assertThat(chat.keys())
        .containsExactly("dialog.pickButton", "meeting.confirm.summary", "meeting.reminders.both");
    assertThat(chat.step()).isEqualTo("CONFIRM");
  }

  @Test
  void saysThereIsNoReminderForAMeetingWithinTwoHours() {
    // given
    chat.send("/meeting Anna");
    // when
    chat.send("2026-03-02 10:30").press("skip");
    // then
    assertThat(chat.keys()).containsExactly("meeting.confirm.summary", "meeting.reminders.none");
  }

  @Test
  void showsTheContactsReliabilityWhenKnown() {
    // given
    Instant past = Instant.parse("2026-02-20T10:00:00Z");
    chat.meetings.add(
        Meeting.planned("m1", me, "a", past, null, past).withStatus(Meeting.Status.KEPT));
    chat.meetings.add(
        Meeting.planned("m2", me, "a", past, null, past).withStatus(Meeting.Status.NO_SHOW));
    // when
    chat.send("/meeting Anna").send("2026-03-05 10:00").press("skip");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "meeting.confirm.summary", "meeting.reminders.both", "meeting.reliability");
  }

  @Test
  void cancelsInTheMiddleWithoutSavingAnything() {
    // given
    chat.send("/meeting Anna").press("when:3d").press("time:18:00");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.step()).isNull();
    assertThat(annasMeetings()).isEmpty();
  }

  @Test
  void aRepeatedSavePressStoresOneMeeting() {
    // given
    chat.send("/meeting Anna").send("2026-03-05 10:00").press("skip");
    // when
    chat.press("save");
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("engine.idle");
    assertThat(annasMeetings()).hasSize(1);
  }

  @Test
  void tellsABerlinUserTheRemindersInTheirZoneAcrossTheClockChange() {
    // given: the clocks go forward in the night before the meeting
    ChatScript german = chat(new BundleMessages()).language("de");
    german.zone(ZoneId.of("Europe/Berlin"));
    german.send("/meeting Anna").send("2026-03-29");
    assertThat(german.replies().get(0).text()).startsWith("Um wie viel Uhr am 29.03.2026?");
    german.send("10 Uhr");
    // when
    german.press("by:IN_PERSON");
    // then
    String text = german.replies().get(0).text();
    assertThat(text)
        .contains("Dieses Treffen planen?")
        .contains("Mit: Anna Schmidt")
        .contains("Wann: 29.03.2026, 10:00")
        .contains("Wo: Persönlich")
        .contains("am Vortag (28.03.2026, 10:00) und 2 Stunden vorher (29.03.2026, 08:00)");
    german.press("save");
    assertThat(german.replies().get(0).text())
        .isEqualTo("Geplant: Treffen mit Anna Schmidt, 29.03.2026, 10:00.");
    assertThat(german.meetings.forContact(german.key().user(), "a").get(0).at())
        .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
  }

  @Test
  void tellsAMoscowUserTheRemindersInTheirZoneWhichHasNoClockChange() {
    // given
    ChatScript russian = chat(new BundleMessages()).language("ru");
    russian.zone(ZoneId.of("Europe/Moscow"));
    russian.send("/meeting Anna");
    assertThat(russian.replies().get(0).text()).startsWith("Anna Schmidt: когда встречаетесь?");
    russian.send("2026-03-29 10:00");
    // when
    russian.send("кафе у вокзала");
    // then
    assertThat(russian.replies().get(0).text())
        .contains("Запланировать встречу?")
        .contains("Где: кафе у вокзала")
        .contains(
            "Я напомню накануне (28 мар. 2026 г., 10:00) и за 2 часа (29 мар. 2026 г., 08:00)");
    russian.press("save");
    assertThat(russian.meetings.forContact(russian.key().user(), "a").get(0).at())
        .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }
}
