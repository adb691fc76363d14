package followthrough.core.dialogs.touch;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.ports.FollowUps;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LogTouchDialogTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat = chat(new KeysOnlyMessages(), c -> c.followUps);
  private final UserId user = chat.key().user();

  private static ChatScript chat(
      followthrough.core.i18n.Messages messages, Function<ChatScript, FollowUps> followUps) {
    return ChatScript.of(
        messages,
        c -> List.of(new LogTouchDialog(c.contacts, c.touches, followUps.apply(c), c.ids)));
  }

  private Contact anna(Rung rung) {
    Contact anna = Fixtures.contact(user, "anna", "Anna Schmidt").withRung(rung);
    chat.contacts.add(anna);
    return anna;
  }

  private FollowUp planned(String id, FollowUp.Kind kind, Duration fromNow) {
    FollowUp followUp =
        FollowUp.open(
            id, user, "anna", kind, null, NOW.plus(fromNow), null, NOW.minus(Duration.ofDays(9)));
    chat.followUps.add(followUp);
    return followUp;
  }

  private FollowUp.Status status(String id) {
    return chat.followUps.find(user, id).orElseThrow().status();
  }

  private Touch onlyTouch() {
    List<Touch> touches = chat.touches.forContact(user, "anna");
    assertThat(touches).hasSize(1);
    return touches.get(0);
  }

  @Test
  void logsAReachedTouchWithAHappyCustomerStepByStep() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER);
    // when / then
    assertThat(chat.send("/touch").keys()).containsExactly("touch.ask.who");
    assertThat(chat.send("anna").keys()).containsExactly("touch.ask.channel");
    assertThat(chat.buttons())
        .containsExactly("ch:CALL", "ch:MESSAGE", "ch:MEETING", "ch:IN_PERSON");
    assertThat(chat.press("ch:CALL").keys()).containsExactly("touch.ask.reached");
    assertThat(chat.press("reached:yes").keys()).containsExactly("touch.ask.satisfied");
    assertThat(chat.press("sat:yes").keys()).containsExactly("touch.ask.reorder");
    assertThat(chat.buttons()).containsExactly("re:YES", "re:NO", "re:NOT_NOW");
    assertThat(chat.press("re:YES").keys()).containsExactly("touch.ask.promise");
    assertThat(chat.send("send the catalogue").keys())
        .containsExactly("touch.ask.promiseWhen", "when.hint");
    assertThat(chat.press("when:3d").keys())
        .containsExactly("touch.confirm.summary", "touch.confirm.details");
    assertThat(chat.press("save").keys()).containsExactly("touch.saved", "touch.saved.checkIn");
    assertThat(chat.buttons()).containsExactly("/order #anna");
    // and then
    Touch touch = onlyTouch();
    assertThat(touch.id()).isEqualTo("c1");
    assertThat(touch.at()).isEqualTo(NOW);
    assertThat(touch.channel()).isEqualTo(Touch.Channel.CALL);
    assertThat(touch.reached()).isTrue();
    assertThat(touch.satisfied()).isTrue();
    assertThat(touch.reorder()).isTrue();
    assertThat(touch.note()).isEqualTo("send the catalogue");
    FollowUp checkIn = chat.followUps.find(user, "c1-p").orElseThrow();
    assertThat(checkIn.kind()).isEqualTo(FollowUp.Kind.CHECK_IN);
    assertThat(checkIn.dueAt()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));
    assertThat(checkIn.note()).isEqualTo("send the catalogue");
    assertThat(chat.step()).isNull();
  }

  @Test
  void asksWhyWhenTheCustomerIsNotHappy() {
    // given
    anna(Rung.REGULAR_CUSTOMER);
    chat.send("/touch Anna").press("ch:MESSAGE").press("reached:yes");
    // when
    chat.press("sat:no");
    // then
    assertThat(chat.keys()).containsExactly("touch.ask.reason");
    assertThat(chat.buttons())
        .containsExactly(
            "reason:USED_WRONGLY", "reason:WRONG_PRODUCT", "reason:PRICE", "reason:OTHER");
    chat.press("reason:PRICE").press("re:NOT_NOW").press("promise:none").press("save");
    Touch touch = onlyTouch();
    assertThat(touch.satisfied()).isFalse();
    assertThat(touch.reason()).isEqualTo(Touch.Reason.PRICE);
    assertThat(touch.reorder()).isNull();
    assertThat(touch.note()).isNull();
  }

  @Test
  void takesTheReasonInTheUsersOwnWords() {
    // given
    anna(Rung.OCCASIONAL_CUSTOMER);
    chat.send("/touch Anna").press("ch:MEETING").press("reached:yes").press("sat:no");
    // when
    chat.send("the taste is too strong");
    // then
    assertThat(chat.keys()).containsExactly("touch.ask.reorder");
    chat.press("re:NO").press("promise:none").press("save");
    assertThat(onlyTouch().reason()).isEqualTo(Touch.Reason.OTHER);
    assertThat(onlyTouch().reasonNote()).isEqualTo("the taste is too strong");
    assertThat(onlyTouch().reorder()).isFalse();
  }

  @Test
  void asksForWordsWhenSomethingElseIsTheReason() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER);
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes").press("sat:no");
    // when
    chat.press("reason:OTHER");
    // then
    assertThat(chat.keys()).containsExactly("touch.ask.reasonNote");
    assertThat(chat.press("skip").keys()).containsExactly("touch.ask.reorder");
  }

  @Test
  void asksAProspectNeitherAboutSatisfactionNorAboutOrders() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:IN_PERSON");
    // when
    chat.press("reached:yes");
    // then
    assertThat(chat.keys()).containsExactly("touch.ask.promise");
  }

  @Test
  void startsOnTheContactACardPassesById() {
    // given
    anna(Rung.PROSPECT);
    // when
    chat.send("/touch #anna");
    // then
    assertThat(chat.keys()).containsExactly("touch.ask.channel");
    assertThat(chat.step()).isEqualTo("CHANNEL");
  }

  @Test
  void offersTheBestMatchesWhenSeveralContactsFit() {
    // given
    anna(Rung.PROSPECT);
    chat.contacts.add(Fixtures.contact(user, "anna2", "Anna Petrova"));
    // when
    chat.send("/touch Anna");
    // then
    assertThat(chat.keys()).containsExactly("pick.choose");
    assertThat(chat.buttons()).containsExactlyInAnyOrder("pick:anna", "pick:anna2");
    assertThat(chat.press("pick:anna2").keys()).containsExactly("touch.ask.channel");
  }

  @Test
  void asksForAButtonWhenTheChannelIsTyped() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna");
    // when
    chat.send("on the phone");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "touch.ask.channel");
    assertThat(chat.step()).isEqualTo("CHANNEL");
  }

  @Test
  void suggestsTheNextTouchOfALeadAWeekLaterAtTheAgendaHour() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:CALL");
    // when
    chat.press("reached:no");
    // then
    assertThat(chat.keys()).containsExactly("touch.confirm.summary");
    assertThat(chat.press("save").keys())
        .containsExactly("touch.saved.notReached", "touch.saved.nextTouch");
    FollowUp next = chat.followUps.find(user, "c1-n").orElseThrow();
    assertThat(next.kind()).isEqualTo(FollowUp.Kind.NEXT_TOUCH);
    assertThat(next.dueAt()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
    assertThat(onlyTouch().reached()).isFalse();
  }

  @Test
  void aReachedTouchTicksOffTheFollowUpsThatWereDue() {
    // given
    anna(Rung.PROSPECT);
    planned("due", FollowUp.Kind.CHECK_IN, Duration.ofDays(-1));
    planned("later", FollowUp.Kind.CHECK_IN, Duration.ofDays(2));
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes");
    // when
    chat.press("promise:none").press("save");
    // then
    assertThat(chat.keys())
        .containsExactly("touch.saved", "touch.saved.ticked", "touch.saved.nextTouch");
    assertThat(status("due")).isEqualTo(FollowUp.Status.DONE);
    assertThat(status("later")).isEqualTo(FollowUp.Status.OPEN);
  }

  @Test
  void aTouchThatDidNotReachThePersonLeavesTheirCheckInsOpen() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER);
    planned("due", FollowUp.Kind.CADENCE, Duration.ofDays(-1));
    chat.send("/touch Anna").press("ch:CALL").press("reached:no");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("touch.saved.notReached");
    assertThat(status("due")).isEqualTo(FollowUp.Status.OPEN);
  }

  @Test
  void theNextTouchReplacesTheSuggestionThatWasDue() {
    // given
    anna(Rung.PROSPECT);
    planned("old", FollowUp.Kind.NEXT_TOUCH, Duration.ofHours(-1));
    chat.send("/touch Anna").press("ch:MESSAGE").press("reached:no");
    // when
    chat.press("save");
    // then
    assertThat(status("old")).isEqualTo(FollowUp.Status.DONE);
    assertThat(chat.followUps.openFor(user, "anna"))
        .extracting(FollowUp::id)
        .containsExactly("c1-n");
  }

  @Test
  void stopsSuggestingAfterSevenUnansweredTouchesAndSaysSoKindly() {
    // given
    anna(Rung.PROSPECT);
    for (int week = 6; week >= 1; week--) {
      Instant at = NOW.minus(Duration.ofDays(7L * week));
      chat.touches.add(
          new Touch(
              "old" + week,
              user,
              "anna",
              at,
              Touch.Channel.CALL,
              false,
              null,
              null,
              null,
              null,
              null));
    }
    chat.send("/touch Anna").press("ch:CALL").press("reached:no");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("touch.saved.notReached", "touch.saved.stop");
    assertThat(chat.buttons()).containsExactly("/checkin #anna");
    assertThat(chat.followUps.openFor(user, "anna")).isEmpty();
  }

  @Test
  void aSaveThatFailedHalfwayStoresNothingTwiceWhenPressedAgain() {
    // given
    ChatScript flaky = chat(new KeysOnlyMessages(), c -> new FlakyFollowUps(c.followUps, 2));
    UserId owner = flaky.key().user();
    flaky.contacts.add(Fixtures.contact(owner, "anna", "Anna Schmidt"));
    flaky.followUps.add(
        FollowUp.open("old", owner, "anna", FollowUp.Kind.NEXT_TOUCH, null, NOW, null, NOW));
    flaky.send("/touch Anna").press("ch:CALL").press("reached:no");
    // when
    flaky.press("save");
    assertThat(flaky.keys()).containsExactly("engine.error");
    flaky.press("save");
    // then
    assertThat(flaky.keys())
        .containsExactly("touch.saved.notReached", "touch.saved.ticked", "touch.saved.nextTouch");
    assertThat(flaky.followUps.find(owner, "old").orElseThrow().isOpen()).isFalse();
    assertThat(flaky.touches.forContact(owner, "anna")).hasSize(1);
    assertThat(flaky.followUps.openFor(owner, "anna"))
        .extracting(FollowUp::id)
        .containsExactly("c1-n");
  }

  @Test
  void cancellingInTheMiddleStoresNothing() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER);
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes").press("sat:yes");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.touches.forContact(user, "anna")).isEmpty();
    assertThat(chat.followUps.openFor(user, "anna")).isEmpty();
  }

  @Test
  void asksAgainForAPromiseDateInThePast() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes").send("call back");
    // when
    chat.send("2026-03-01 10:00");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.PAST", "touch.ask.promiseWhen", "when.hint");
    assertThat(chat.step()).isEqualTo("PROMISE_WHEN");
  }

  @Test
  void takesATypedPromiseDateAndTimeAsIs() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes").send("call back");
    // when
    chat.send("2026-03-04 17:30").press("save");
    // then
    assertThat(chat.keys()).containsExactly("touch.saved", "touch.saved.checkIn");
    assertThat(chat.followUps.find(user, "c1-p").orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2026-03-04T17:30:00Z"));
    assertThat(chat.followUps.find(user, "c1-n")).isEmpty();
  }

  @Test
  void refusesAPromiseLongerThanAThousandCharacters() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:CALL").press("reached:yes");
    // when
    chat.send("x".repeat(1001));
    // then
    assertThat(chat.keys()).containsExactly("touch.tooLong", "touch.ask.promise");
    assertThat(chat.step()).isEqualTo("PROMISE");
  }

  @Test
  void savesNothingWhenTheContactWasDeletedMeanwhile() {
    // given
    anna(Rung.PROSPECT);
    chat.send("/touch Anna").press("ch:CALL").press("reached:no");
    chat.contacts.delete(user, "anna");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("touch.gone");
    assertThat(chat.touches.forContact(user, "anna")).isEmpty();
  }

  @Test
  void talksRussianWithACustomer() {
    // given
    ChatScript ru = chat(new BundleMessages(), c -> c.followUps).language("ru");
    ru.contacts.add(
        Fixtures.contact(ru.key().user(), "anna", "Анна").withRung(Rung.FIRST_TIME_CUSTOMER));
    // when / then
    assertThat(ru.send("/touch").replies().get(0).text())
        .isEqualTo("С кем был контакт? Напиши часть имени.");
    assertThat(ru.send("анна").replies().get(0).text()).isEqualTo("Анна: как вы связались?");
    assertThat(ru.replies().get(0).rows().get(0).get(0).label()).isEqualTo("Звонок");
    assertThat(ru.press("ch:CALL").replies().get(0).text())
        .isEqualTo("Анна: получилось связаться?");
    assertThat(ru.press("reached:yes").replies().get(0).text())
        .isEqualTo("Анна: продукт устраивает?");
    ru.press("sat:no").press("reason:USED_WRONGLY").press("re:NOT_NOW").press("promise:none");
    assertThat(ru.replies().get(0).text())
        .isEqualTo(
            "Сохранить?\n\nАнна\nКак: Звонок\nСвязались\n\n"
                + "Продукт не устраивает\nПричина: Неправильно применяли\n"
                + "Повторный заказ: Пока нет\nНичего не обещано");
    assertThat(ru.press("save").replies().get(0).text()).isEqualTo("Анна: записал, вы связались.");
  }

  @Test
  void talksGermanWithALeadAndPlansTheNextTouch() {
    // given
    ChatScript de = chat(new BundleMessages(), c -> c.followUps).language("de");
    de.contacts.add(Fixtures.contact(de.key().user(), "anna", "Anna"));
    de.send("/touch Anna");
    // when
    de.press("ch:MESSAGE");
    // then
    assertThat(de.replies().get(0).text()).isEqualTo("Hast du Anna erreicht?");
    de.press("reached:no").press("save");
    assertThat(de.replies().get(0).text())
        .isEqualTo(
            "Notiert: Du hast versucht, Anna zu erreichen.\n\n"
                + "Ich schlage dir vor, dich am 09.03.2026 wieder bei Anna zu melden. "
                + "Eine Woche Abstand lässt Luft: Dranbleiben wirkt besser als Drängeln.");
  }
}
