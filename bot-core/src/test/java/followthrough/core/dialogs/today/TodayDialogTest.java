package followthrough.core.dialogs.today;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayDialogTest {

  private static final Instant MONDAY_9 = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat = chat(new KeysOnlyMessages());
  private final UserId me = chat.key().user();

  private static ChatScript chat(Messages messages) {
    return ChatScript.of(
        messages, c -> List.of(new TodayDialog(c.contacts, c.followUps, c.meetings, c.orders)));
  }

  private static FollowUp followUp(UserId owner, String id, String contactId, String dueAt) {
    return FollowUp.open(
        id,
        owner,
        contactId,
        FollowUp.Kind.CHECK_IN,
        FollowUp.Channel.PHONE,
        Instant.parse(dueAt),
        "ask about the tea",
        MONDAY_9.minus(Duration.ofDays(10)));
  }

  private void plan(String id, String contactId, String dueAt) {
    chat.followUps.add(followUp(me, id, contactId, dueAt));
  }

  private FollowUp stored(String id) {
    return chat.followUps.find(me, id).orElseThrow();
  }

  private static Contact customer(UserId owner, String id, String name, int daysAgo) {
    return new Contact(
        id,
        owner,
        name,
        null,
        null,
        Rung.FIRST_TIME_CUSTOMER,
        List.of(),
        null,
        MONDAY_9.minus(Duration.ofDays(daysAgo)));
  }

  @Test
  void saysKindlyThatNothingIsDueAndSuggestsWhatToDo() {
    // when
    chat.send("/today");
    // then
    assertThat(chat.keys()).containsExactly("today.empty");
    assertThat(chat.buttons()).containsExactly("/checkin", "/contact");
    assertThat(chat.step()).isNull();
  }

  @Test
  void showsOverdueThenDueTodayThenMeetingsEachWithItsButtons() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.contacts.add(contact(me, "b", "Boris"));
    plan("f1", "a", "2026-03-02T14:00:00Z");
    plan("f2", "b", "2026-02-27T10:00:00Z");
    plan("f3", "a", "2026-03-03T10:00:00Z");
    chat.meetings.add(
        Meeting.planned("m1", me, "b", Instant.parse("2026-03-02T18:00:00Z"), "Café", MONDAY_9));
    // when
    chat.send("/today");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "today.header", "today.item.overdue", "today.item.today", "today.meeting.place");
    assertThat(chat.replies().get(1).rows().get(0).get(0).value()).isEqualTo("done:f2");
    assertThat(chat.buttons())
        .contains("done:f1", "nr:f1", "snz:f1", "rs:f1", "kept:m1", "/noshow #b")
        .doesNotContain("done:f3");
    assertThat(chat.step()).isEqualTo("AGENDA");
  }

  @Test
  void bringsANotReachedCheckInBackTheNextDayUntilItIsDone() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today");
    // when
    chat.press("nr:f1");
    // then
    assertThat(chat.keys()).containsExactly("today.notReached");
    assertThat(chat.replies().get(0).editMessageRef()).isEqualTo("m1");
    assertThat(stored("f1").dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(stored("f1").carriedOver()).isEqualTo(1);
    assertThat(chat.send("/today").keys()).containsExactly("today.empty");

    chat.clock.advance(Duration.ofDays(1));
    assertThat(chat.send("/today").keys()).containsExactly("today.header", "today.item.today");
    assertThat(chat.buttons()).contains("done:f1");

    chat.clock.advance(Duration.ofDays(1));
    assertThat(chat.send("/today").keys()).containsExactly("today.header", "today.item.overdue");
    chat.press("done:f1");
    assertThat(chat.keys()).containsExactly("today.done");
    assertThat(stored("f1").status()).isEqualTo(FollowUp.Status.DONE);
    assertThat(chat.send("/today").keys()).containsExactly("today.empty");
  }

  @Test
  void aSecondPressOnAnOldMessageNeitherCountsTwiceNorReopens() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    plan("f2", "a", "2026-03-02T11:00:00Z");
    chat.send("/today").press("nr:f1").press("done:f2");
    // when
    chat.press("nr:f1");
    // then
    assertThat(stored("f1").carriedOver()).isEqualTo(1);
    assertThat(stored("f1").dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(chat.press("done:f2").keys()).containsExactly("today.settled");
  }

  @Test
  void snoozesForAnHourOrUntilTomorrowAtTheSameTime() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-01T10:00:00Z");
    plan("f2", "a", "2026-03-02T08:30:00Z");
    chat.send("/today");
    // when
    chat.press("snz:f1");
    // then
    assertThat(chat.keys()).containsExactly("today.snooze.ask");
    assertThat(chat.buttons()).containsExactly("s1h:f1", "stm:f1");
    assertThat(chat.press("stm:f1").keys()).containsExactly("today.snoozed");
    assertThat(stored("f1").dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(stored("f1").carriedOver()).isZero();
    chat.press("snz:f2").press("s1h:f2");
    assertThat(stored("f2").dueAt()).isEqualTo(MONDAY_9.plus(Duration.ofHours(1)));
  }

  @Test
  void reschedulesADayOnlyAnswerToTheAgendaHour() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today");
    // when
    chat.press("rs:f1");
    // then
    assertThat(chat.keys()).containsExactly("today.ask.when", "when.hint");
    assertThat(chat.buttons()).contains("when:1d", "when:3d", "drop:f1");
    assertThat(chat.step()).isEqualTo("RESCHEDULE");
    assertThat(chat.press("when:3d").keys()).containsExactly("today.rescheduled");
    assertThat(stored("f1").dueAt()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));
    assertThat(chat.step()).isEqualTo("AGENDA");
  }

  @Test
  void asksAgainForADateItCannotReadThenTakesATypedMoment() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today").press("rs:f1");
    // when
    chat.send("whenever");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.UNREADABLE", "today.ask.when", "when.hint");
    assertThat(chat.buttons()).contains("drop:f1");
    assertThat(chat.step()).isEqualTo("RESCHEDULE");
    chat.send("2026-03-06 17:30");
    assertThat(chat.keys()).containsExactly("today.rescheduled");
    assertThat(stored("f1").dueAt()).isEqualTo(Instant.parse("2026-03-06T17:30:00Z"));
  }

  @Test
  void dropsACheckInFromTheRescheduleQuestion() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today").press("rs:f1");
    // when
    chat.press("drop:f1");
    // then
    assertThat(chat.keys()).containsExactly("today.dropped");
    assertThat(stored("f1").status()).isEqualTo(FollowUp.Status.DROPPED);
    assertThat(chat.step()).isEqualTo("AGENDA");
  }

  @Test
  void cancellingInTheMiddleChangesNothing() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today").press("rs:f1");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(stored("f1")).isEqualTo(followUp(me, "f1", "a", "2026-03-02T10:00:00Z"));
    assertThat(chat.step()).isNull();
  }

  @Test
  void answersTypedTextWithAHintToUseTheButtons() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T10:00:00Z");
    chat.send("/today");
    // when
    chat.send("done");
    // then
    assertThat(chat.keys()).containsExactly("today.useButtons");
    assertThat(chat.step()).isEqualTo("AGENDA");
    assertThat(stored("f1").isOpen()).isTrue();
  }

  @Test
  void marksAMeetingAsKept() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.meetings.add(
        Meeting.planned("m1", me, "a", Instant.parse("2026-03-02T15:00:00Z"), null, MONDAY_9));
    chat.send("/today");
    // when
    chat.press("kept:m1");
    // then
    assertThat(chat.keys()).containsExactly("today.kept");
    assertThat(chat.meetings.find(me, "m1").orElseThrow().status()).isEqualTo(Meeting.Status.KEPT);
  }

  @Test
  void suggestsAtMostThreeQuietCustomersWithNothingPlannedTheQuietestFirst() {
    // given
    chat.contacts.add(customer(me, "q1", "Quiet One", 100));
    chat.contacts.add(customer(me, "q2", "Quiet Two", 200));
    chat.contacts.add(customer(me, "q3", "Quiet Three", 90));
    chat.contacts.add(customer(me, "q4", "Quiet Four", 300));
    chat.contacts.add(customer(me, "r", "Recent", 10));
    chat.contacts.add(customer(me, "o", "Ordered", 300));
    chat.contacts.add(customer(me, "p", "Planned", 400));
    chat.orders.add(new Order("o1", me, "o", MONDAY_9.minus(Duration.ofDays(5)), false, null));
    chat.orders.add(new Order("o2", me, "q4", MONDAY_9.minus(Duration.ofDays(61)), false, null));
    plan("f1", "p", "2026-04-01T10:00:00Z");
    // when
    chat.send("/today");
    // then
    assertThat(chat.keys()).containsExactly("today.empty", "today.inactive");
    assertThat(chat.replies().get(1).rows())
        .extracting(row -> row.get(0).value())
        .containsExactly("/checkin #q2", "/checkin #q1", "/checkin #q3");
  }

  @Test
  void countsTheDayInTheUsersTimeZone() {
    // given: 12:00 on Monday in Moscow
    chat.zone(ZoneId.of("Europe/Moscow"));
    chat.contacts.add(contact(me, "a", "Anna"));
    plan("f1", "a", "2026-03-02T20:30:00Z");
    plan("f2", "a", "2026-03-02T21:30:00Z");
    // when
    chat.send("/today");
    // then: 23:30 Monday is today, 00:30 Tuesday is not
    assertThat(chat.buttons()).contains("done:f1").doesNotContain("done:f2");
  }

  @Test
  void showsTheAgendaInGerman() {
    // given
    ChatScript german = chat(new BundleMessages()).language("de");
    UserId user = german.key().user();
    german.contacts.add(contact(user, "a", "Jörg"));
    german.followUps.add(followUp(user, "f1", "a", "2026-02-27T10:00:00Z"));
    // when
    german.send("/today");
    // then
    assertThat(german.replies().get(0).text()).startsWith("Dein Tag, 02.03.2026:\n");
    assertThat(german.replies().get(1).text())
        .contains("Nachfassen: Jörg", "Überfällig seit 27.02.2026, 10:00")
        .contains("Wie: anrufen", "Notiz: ask about the tea");
    assertThat(german.replies().get(1).rows().get(0).get(1).label()).isEqualTo("Nicht erreicht");
    german.press("nr:f1");
    assertThat(german.replies().get(0).text())
        .isEqualTo("Nicht erreicht: Jörg. Ich erinnere dich am 03.03.2026, 10:00 wieder daran.");
  }

  @Test
  void showsTheAgendaInRussian() {
    // given
    ChatScript russian = chat(new BundleMessages()).language("ru");
    UserId user = russian.key().user();
    russian.contacts.add(contact(user, "a", "Алёна"));
    russian.followUps.add(followUp(user, "f1", "a", "2026-03-02T16:00:00Z"));
    // when
    russian.send("/today");
    // then
    assertThat(russian.replies().get(1).text()).contains("Связаться: Алёна", "Сегодня в 16:00");
    russian.press("done:f1");
    assertThat(russian.replies().get(0).text()).isEqualTo("Готово: Алёна. Отлично!");
  }
}
