package followthrough.core.dialogs.order;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.touch.FlakyFollowUps;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.FollowUps;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecordOrderDialogTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat = chat(new KeysOnlyMessages(), c -> c.followUps);
  private final UserId user = chat.key().user();

  private static ChatScript chat(Messages messages, Function<ChatScript, FollowUps> followUps) {
    return ChatScript.of(
        messages,
        c -> List.of(new RecordOrderDialog(c.contacts, c.orders, followUps.apply(c), c.ids)));
  }

  private void anna(Rung rung, int earlierOrders) {
    chat.contacts.add(Fixtures.contact(user, "anna", "Anna Schmidt").withRung(rung));
    for (int i = 1; i <= earlierOrders; i++) {
      Instant at = NOW.minus(Duration.ofDays(30L * i));
      chat.orders.add(new Order("old" + i, user, "anna", at, false, null));
    }
  }

  private Rung rung() {
    return chat.contacts.find(user, "anna").map(Contact::rung).orElseThrow();
  }

  private List<FollowUp> planned() {
    return chat.followUps.openFor(user, "anna");
  }

  @Test
  void recordsAFirstOrderStepByStep() {
    // given
    anna(Rung.PROSPECT, 0);
    // when / then
    assertThat(chat.send("/order").keys()).containsExactly("order.ask.who");
    assertThat(chat.send("Anna").keys()).containsExactly("order.ask.referral");
    assertThat(chat.buttons()).containsExactly("ref:yes", "ref:no");
    assertThat(chat.press("ref:no").keys()).containsExactly("order.ask.note");
    assertThat(chat.buttons()).containsExactly("skip");
    assertThat(chat.send("tea set").keys()).containsExactly("order.confirm.summary");
    assertThat(chat.press("save").keys())
        .containsExactly(
            "order.saved",
            "order.saved.rung",
            "order.saved.thanks",
            "order.saved.cadence",
            "checklists.offer.b-customer");
    assertThat(chat.buttons()).containsExactly("/checklist s #anna b-customer");
    // and then
    Order order = chat.orders.forContact(user, "anna").get(0);
    assertThat(order.id()).isEqualTo("c1");
    assertThat(order.at()).isEqualTo(NOW);
    assertThat(order.referral()).isFalse();
    assertThat(order.note()).isEqualTo("tea set");
    assertThat(rung()).isEqualTo(Rung.FIRST_TIME_CUSTOMER);
    assertThat(planned())
        .extracting(FollowUp::id, FollowUp::kind, FollowUp::dueAt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("c1-t1", FollowUp.Kind.THANK_YOU, NOW),
            org.assertj.core.groups.Tuple.tuple(
                "c1-t2", FollowUp.Kind.THANK_YOU, Instant.parse("2026-03-05T08:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "c1-c1", FollowUp.Kind.CADENCE, Instant.parse("2026-03-05T08:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "c1-c2", FollowUp.Kind.CADENCE, Instant.parse("2026-03-23T08:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "c1-c3", FollowUp.Kind.CADENCE, Instant.parse("2026-06-02T08:00:00Z")));
    assertThat(chat.step()).isNull();
  }

  @Test
  void aSecondOrderMakesAnOccasionalCustomerWithoutANewCadence() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER, 1);
    chat.send("/order Anna").press("ref:no");
    // when
    chat.press("skip").press("save");
    // then
    assertThat(chat.keys())
        .containsExactly("order.saved", "order.saved.rung", "order.saved.thanks");
    assertThat(rung()).isEqualTo(Rung.OCCASIONAL_CUSTOMER);
    assertThat(planned()).extracting(FollowUp::kind).containsOnly(FollowUp.Kind.THANK_YOU);
  }

  @Test
  void saysNothingAboutTheLadderWhenTheRungStaysTheSame() {
    // given
    anna(Rung.REGULAR_CUSTOMER, 5);
    chat.send("/order Anna").press("ref:no").press("skip");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("order.saved", "order.saved.thanks");
    assertThat(rung()).isEqualTo(Rung.REGULAR_CUSTOMER);
  }

  @Test
  void becomesAReferralCustomerWhenTheyBroughtSomeoneAlong() {
    // given
    anna(Rung.OCCASIONAL_CUSTOMER, 2);
    chat.send("/order Anna");
    // when
    chat.press("ref:yes").press("skip").press("save");
    // then
    assertThat(rung()).isEqualTo(Rung.REFERRAL_CUSTOMER);
    assertThat(chat.orders.forContact(user, "anna").get(0).referral()).isTrue();
  }

  @Test
  void doesNotPlanTheCadenceTwiceWhenItWasPlannedWhenTheContactWasLogged() {
    // given
    anna(Rung.FIRST_TIME_CUSTOMER, 0);
    chat.followUps.add(
        FollowUp.open(
            "anna-f1", user, "anna", FollowUp.Kind.CADENCE, null, NOW.plusSeconds(60), null, NOW));
    chat.send("/order #anna").press("ref:no").press("skip");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys())
        .containsExactly("order.saved", "order.saved.thanks", "order.saved.cadenceKept");
    assertThat(planned())
        .extracting(FollowUp::id)
        .containsExactlyInAnyOrder("anna-f1", "c1-t1", "c1-t2");
  }

  @Test
  void asksForAButtonWhenTheReferralIsTyped() {
    // given
    anna(Rung.PROSPECT, 0);
    chat.send("/order Anna");
    // when
    chat.send("she brought her sister");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "order.ask.referral");
    assertThat(chat.step()).isEqualTo("REFERRAL");
  }

  @Test
  void refusesANoteLongerThanAThousandCharacters() {
    // given
    anna(Rung.PROSPECT, 0);
    chat.send("/order Anna").press("ref:no");
    // when
    chat.send("x".repeat(1001));
    // then
    assertThat(chat.keys()).containsExactly("order.note.tooLong", "order.ask.note");
    assertThat(chat.step()).isEqualTo("NOTE");
  }

  @Test
  void cancellingInTheMiddleStoresNothing() {
    // given
    anna(Rung.PROSPECT, 0);
    chat.send("/order Anna").press("ref:no").send("tea set");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.orders.forContact(user, "anna")).isEmpty();
    assertThat(rung()).isEqualTo(Rung.PROSPECT);
    assertThat(planned()).isEmpty();
  }

  @Test
  void aSaveThatFailedHalfwayStoresNothingTwiceWhenPressedAgain() {
    // given
    ChatScript flaky = chat(new KeysOnlyMessages(), c -> new FlakyFollowUps(c.followUps, 2));
    UserId owner = flaky.key().user();
    flaky.contacts.add(Fixtures.contact(owner, "anna", "Anna Schmidt"));
    flaky.send("/order Anna").press("ref:no").press("skip");
    // when
    flaky.press("save");
    assertThat(flaky.keys()).containsExactly("engine.error");
    flaky.press("save");
    // then
    assertThat(flaky.orders.forContact(owner, "anna")).hasSize(1);
    assertThat(flaky.contacts.find(owner, "anna").orElseThrow().rung())
        .isEqualTo(Rung.FIRST_TIME_CUSTOMER);
    assertThat(flaky.followUps.openFor(owner, "anna")).hasSize(5);
  }

  @Test
  void savesNothingWhenTheContactWasDeletedMeanwhile() {
    // given
    anna(Rung.PROSPECT, 0);
    chat.send("/order Anna").press("ref:no").press("skip");
    chat.contacts.delete(user, "anna");
    // when
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("order.gone");
    assertThat(chat.orders.forContact(user, "anna")).isEmpty();
  }

  @Test
  void neverAsksForAnAmountOrAPrice() {
    // given
    ChatScript en = chat(new BundleMessages(), c -> c.followUps);
    en.contacts.add(Fixtures.contact(en.key().user(), "anna", "Anna"));
    List<String> said = new ArrayList<>();
    // when
    for (String step : List.of("/order", "Anna", "ref:no", "skip", "save")) {
      (step.startsWith("/") || step.equals("Anna") ? en.send(step) : en.press(step))
          .replies()
          .forEach(r -> said.add(r.text()));
    }
    // then
    assertThat(String.join("\n", said))
        .doesNotContainIgnoringCase("amount")
        .doesNotContainIgnoringCase("price")
        .doesNotContainIgnoringCase("how much")
        .contains("Order from Anna saved.");
  }

  @Test
  void talksGermanAndSaysWhatWasPlanned() {
    // given
    ChatScript de = chat(new BundleMessages(), c -> c.followUps).language("de");
    de.contacts.add(Fixtures.contact(de.key().user(), "anna", "Anna"));
    // when / then
    assertThat(de.send("/order Ann").replies().get(0).text())
        .isEqualTo("Hat Anna jemanden mitgebracht oder dich weiterempfohlen?");
    de.press("ref:no");
    assertThat(de.send("Teeset").replies().get(0).text())
        .isEqualTo(
            "Diese Bestellung speichern?\n\nAnna\nJemanden mitgebracht: nein\nNotiz: Teeset");
    assertThat(de.press("save").replies().get(0).text())
        .isEqualTo(
            "Bestellung von Anna gespeichert. Glückwunsch!\n\n"
                + "Anna ist auf der Leiter aufgestiegen. Neue Stufe: Erstkunde.\n\n"
                + "Geplant: ein Dankeschön heute und noch eins nach der Lieferung, "
                + "am 05.03.2026, 08:00.\n\n"
                + "Weil es die erste Bestellung ist, habe ich auch diese Nachfass-Termine geplant:\n"
                + "05.03.2026, 08:00\n23.03.2026, 08:00\n02.06.2026, 08:00");
  }

  @Test
  void talksRussian() {
    // given
    ChatScript ru = chat(new BundleMessages(), c -> c.followUps).language("ru");
    ru.contacts.add(Fixtures.contact(ru.key().user(), "anna", "Анна"));
    // when / then
    assertThat(ru.send("/order").replies().get(0).text())
        .isEqualTo("Кто сделал заказ? Напиши часть имени.");
    ru.send("Анна").press("ref:yes").press("skip");
    assertThat(ru.press("save").replies().get(0).text())
        .startsWith(
            "Заказ записан: Анна. Поздравляю!\n\n"
                + "Анна поднимается на ступень выше. Теперь: Рекомендует другим.\n\n"
                + "Запланировал: поблагодарить сегодня и ещё раз после доставки, ");
  }
}
