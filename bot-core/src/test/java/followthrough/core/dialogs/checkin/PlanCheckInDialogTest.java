package followthrough.core.dialogs.checkin;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckInDialogTest {

  private final ChatScript chat = chat(new KeysOnlyMessages());
  private final UserId me = chat.key().user();

  private static ChatScript chat(Messages messages) {
    ChatScript chat =
        ChatScript.of(
            messages,
            c -> List.of(new PlanCheckInDialog(c.contacts, c.followUps, c.touches, c.ids)));
    UserId me = chat.key().user();
    chat.contacts.add(contact(me, "a", "Anna Schmidt"));
    chat.contacts.add(contact(me, "o", "Oleg Petrov").withRung(Rung.REGULAR_CUSTOMER));
    return chat;
  }

  private List<FollowUp> annasCheckIns() {
    return chat.followUps.openFor(me, "a");
  }

  private void touchedAt(String contactId, String instant) {
    chat.touches.add(
        new Touch(
            "t-" + instant,
            me,
            contactId,
            Instant.parse(instant),
            Touch.Channel.CALL,
            true,
            null,
            null,
            null,
            null,
            null));
  }

  @Test
  void plansACheckInStepByStep() {
    assertThat(chat.send("/checkin").keys()).containsExactly("checkin.ask.who");
    assertThat(chat.send("anna").keys()).containsExactly("checkin.ask.when", "when.hint");
    assertThat(chat.buttons()).contains("when:1d", "when:3d", "when:1w", "when:3w", "when:3m");
    assertThat(chat.press("when:1d").keys()).containsExactly("checkin.ask.how");
    assertThat(chat.buttons()).containsExactly("ch:PHONE", "ch:MESSAGE", "ch:IN_PERSON");
    assertThat(chat.press("ch:PHONE").keys()).containsExactly("checkin.ask.note");
    assertThat(chat.send("ask how the tea works").keys())
        .containsExactly("checkin.confirm.summary");
    assertThat(chat.press("save").keys()).containsExactly("checkin.saved");

    assertThat(annasCheckIns())
        .containsExactly(
            new FollowUp(
                "c1",
                me,
                "a",
                FollowUp.Kind.CHECK_IN,
                FollowUp.Channel.PHONE,
                Instant.parse("2026-03-03T08:00:00Z"),
                FollowUp.Status.OPEN,
                "ask how the tea works",
                0,
                chat.clock.instant()));
    assertThat(chat.step()).isNull();
  }

  @Test
  void putsADayWithoutATimeAtTheUsersAgendaHourInTheirZone() {
    // given
    chat.zone(ZoneId.of("Europe/Berlin"));
    UserProfile profile = chat.profiles.find(me).orElseThrow();
    chat.profiles.save(profile.withPreferences(profile.preferences().withAgendaHour(7)));
    // when
    chat.send("/checkin #a").press("when:1w").press("ch:MESSAGE").press("skip").press("save");
    // then
    assertThat(annasCheckIns().get(0).dueAt()).isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));
    assertThat(annasCheckIns().get(0).note()).isNull();
  }

  @Test
  void takesATypedDateAndTime() {
    // given
    chat.send("/checkin Oleg");
    // when
    chat.send("2026-03-05 18:30");
    // then
    assertThat(chat.keys()).containsExactly("checkin.ask.how");
    chat.press("ch:IN_PERSON").press("skip").press("save");
    assertThat(chat.followUps.openFor(me, "o").get(0).dueAt())
        .isEqualTo(Instant.parse("2026-03-05T18:30:00Z"));
  }

  @Test
  void asksAgainForADateItCannotRead() {
    // given
    chat.send("/checkin Anna");
    // when
    chat.send("someday");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.UNREADABLE", "checkin.ask.when", "when.hint");
    assertThat(chat.step()).isEqualTo("WHEN");
  }

  @Test
  void asksForAButtonWhenTheChannelIsTyped() {
    // given
    chat.send("/checkin Anna").press("when:3d");
    // when
    chat.send("phone");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "checkin.ask.how");
    assertThat(chat.step()).isEqualTo("HOW");
  }

  @Test
  void offersTheMatchesWhenTheNameFitsSeveralContacts() {
    // given
    chat.contacts.add(contact(me, "a2", "Anna Meier"));
    // when
    chat.send("/checkin Anna");
    // then
    assertThat(chat.keys()).containsExactly("pick.choose");
    assertThat(chat.buttons()).containsExactly("pick:a2", "pick:a");
    assertThat(chat.press("pick:a").keys()).containsExactly("checkin.ask.when", "when.hint");
  }

  @Test
  void saysKindlyWhenALeadWouldBeTouchedTwiceInAWeek() {
    // given: the last touch was on Saturday afternoon
    touchedAt("a", "2026-02-28T15:00:00Z");
    chat.send("/checkin Anna");
    // when
    chat.press("when:1d");
    // then
    assertThat(chat.keys()).containsExactly("checkin.tooSoon");
    assertThat(chat.buttons()).containsExactly("suggested", "keep", "other");
    assertThat(chat.step()).isEqualTo("TOO_SOON");
  }

  @Test
  void movesTheCheckInToTheFirstAgendaHourAWeekAfterTheLastTouch() {
    // given
    touchedAt("a", "2026-02-28T15:00:00Z");
    chat.send("/checkin Anna").press("when:1d");
    // when
    chat.press("suggested").press("ch:PHONE").press("skip").press("save");
    // then: Saturday 08:00 is still too soon, Sunday 08:00 is fine
    assertThat(annasCheckIns().get(0).dueAt()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
  }

  @Test
  void letsTheUserKeepTheDateTheyChose() {
    // given
    touchedAt("a", "2026-02-28T15:00:00Z");
    chat.send("/checkin Anna").press("when:1d");
    // when
    chat.press("keep").press("ch:PHONE").press("skip").press("save");
    // then
    assertThat(annasCheckIns().get(0).dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
  }

  @Test
  void letsTheUserPickAnotherDate() {
    // given
    touchedAt("a", "2026-02-28T15:00:00Z");
    chat.send("/checkin Anna").press("when:1d");
    // when
    chat.press("other");
    // then
    assertThat(chat.keys()).containsExactly("checkin.ask.when", "when.hint");
    assertThat(chat.press("when:3w").keys()).containsExactly("checkin.ask.how");
  }

  @Test
  void asksForAButtonWhenThePaceQuestionIsAnsweredWithText() {
    // given
    touchedAt("a", "2026-02-28T15:00:00Z");
    chat.send("/checkin Anna").press("when:1d");
    // when
    chat.send("fine");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "checkin.tooSoon");
    assertThat(chat.step()).isEqualTo("TOO_SOON");
  }

  @Test
  void saysNothingOnThePaceOfACustomer() {
    // given
    touchedAt("o", "2026-03-01T15:00:00Z");
    chat.send("/checkin Oleg");
    // when
    chat.press("when:1d");
    // then
    assertThat(chat.keys()).containsExactly("checkin.ask.how");
  }

  @Test
  void cancelsInTheMiddleWithoutSavingAnything() {
    // given
    chat.send("/checkin Anna").press("when:3d").press("ch:PHONE");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.step()).isNull();
    assertThat(annasCheckIns()).isEmpty();
  }

  @Test
  void aRepeatedSavePressStoresOneCheckIn() {
    // given
    chat.send("/checkin Anna").press("when:3d").press("ch:PHONE").press("skip");
    // when
    chat.press("save");
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("engine.idle");
    assertThat(annasCheckIns()).hasSize(1);
  }

  @Test
  void talksGermanWithAGermanUser() {
    // given
    ChatScript german = chat(new BundleMessages()).language("de");
    german.touches.add(
        new Touch(
            "t1",
            german.key().user(),
            "a",
            Instant.parse("2026-02-28T15:00:00Z"),
            Touch.Channel.CALL,
            false,
            null,
            null,
            null,
            null,
            null));
    // when
    german.send("/checkin Anna");
    assertThat(german.replies().get(0).text()).startsWith("Wann meldest du dich bei Anna Schmidt?");
    german.press("when:1d");
    // then
    assertThat(german.replies().get(0).text())
        .startsWith("Kleiner Hinweis: Bei Interessenten klappt es am besten")
        .contains("Dein letzter Kontakt mit Anna Schmidt war am 28.02.2026")
        .contains("03.03.2026, 08:00 ist also etwas früh");
    assertThat(german.replies().get(0).rows().get(0).get(0).label())
        .isEqualTo("Lieber 08.03.2026, 08:00");
    german.press("keep").press("ch:PHONE").send("nach dem Tee fragen");
    assertThat(german.replies().get(0).text())
        .isEqualTo(
            "So planen?\n\nMit: Anna Schmidt\nWann: 03.03.2026, 08:00\nWie: Anruf\n"
                + "Worum: nach dem Tee fragen");
    german.press("save");
    assertThat(german.replies().get(0).text()).startsWith("Geplant: Anna Schmidt, 03.03.2026");
  }

  @Test
  void talksRussianWithARussianUser() {
    // given
    ChatScript russian = chat(new BundleMessages()).language("ru");
    russian.zone(ZoneId.of("Europe/Moscow"));
    // when
    russian.send("/checkin Oleg");
    assertThat(russian.replies().get(0).text()).startsWith("Oleg Petrov: когда выйдешь на связь?");
    russian.press("when:3d").press("ch:MESSAGE").press("skip");
    // then
    assertThat(russian.replies().get(0).text())
        .isEqualTo(
            "Запланировать так?\n\nКто: Oleg Petrov\nКогда: 5 мар. 2026 г., 08:00\n"
                + "Как: Сообщение\nО чём: –");
    russian.press("save");
    assertThat(russian.followUps.openFor(russian.key().user(), "o").get(0).dueAt())
        .isEqualTo(Instant.parse("2026-03-05T05:00:00Z"));
  }
}
