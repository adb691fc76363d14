package followthrough.core.dialogs.logcontact;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.touch.FlakyFollowUps;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogContactDialogTest {

  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c ->
              List.of(
                  new LogContactDialog(c.contacts, c.followUps, c.ids),
                  new ListContactsDialog(
                      c.contacts,
                      c.touches,
                      c.orders,
                      c.followUps,
                      c.meetings,
                      c.checklists,
                      c.events)));

  private List<FollowUp> planned() {
    return chat.followUps.openDueBefore(chat.key().user(), Instant.MAX);
  }

  private Contact onlyContact() {
    List<Contact> all = chat.contacts.search(Fixtures.key("1001").user(), "", 0, 10);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void logsAContactStepByStep() {
    assertThat(chat.send("/contact").keys()).containsExactly("logcontact.ask.name");
    assertThat(chat.send("Anna Schmidt").keys()).containsExactly("logcontact.ask.source");
    assertThat(chat.buttons()).contains("src:WORK", "skip");
    assertThat(chat.press("src:WORK").keys()).containsExactly("logcontact.ask.rung");
    assertThat(chat.press("rung:FIRST_TIME_CUSTOMER").keys())
        .containsExactly("logcontact.ask.handle");
    assertThat(chat.send("+49 151 2345678").keys()).containsExactly("logcontact.ask.note");
    assertThat(chat.send("loves the tea").keys())
        .containsExactly("logcontact.followup.ask", "when.hint");
    assertThat(chat.press("fu:plan").keys())
        .containsExactly("logcontact.confirm.summary", "logcontact.followup.summary.plan");
    assertThat(chat.press("save").keys())
        .containsExactly("logcontact.saved", "logcontact.followup.saved");

    Contact saved = onlyContact();
    assertThat(saved.id()).isEqualTo("c1");
    assertThat(saved.name()).isEqualTo("Anna Schmidt");
    assertThat(saved.source()).isEqualTo(Source.WORK);
    assertThat(saved.rung()).isEqualTo(Rung.FIRST_TIME_CUSTOMER);
    assertThat(saved.handles())
        .containsExactly(new ContactHandle(ContactHandle.Kind.PHONE, "+49 151 2345678"));
    assertThat(saved.note()).isEqualTo("loves the tea");
    assertThat(saved.createdAt()).isEqualTo(chat.clock.instant());
    assertThat(chat.step()).isNull();
  }

  @Test
  void takesTheNameFromTheCommandLine() {
    // when
    chat.send("/contact Oleg Petrov");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.ask.source");
    assertThat(chat.step()).isEqualTo("SOURCE");
  }

  @Test
  void takesTheSourceInTheUsersOwnWords() {
    // given
    chat.send("/contact Oleg");
    // when
    chat.send("we met at the yoga class");
    chat.press("rung:PROSPECT").send("@oleg_p").press("skip").press("fu:none").press("save");
    // then
    assertThat(onlyContact().source()).isEqualTo(Source.OTHER);
    assertThat(onlyContact().sourceNote()).isEqualTo("we met at the yoga class");
    assertThat(onlyContact().handles().get(0).kind()).isEqualTo(ContactHandle.Kind.USERNAME);
    assertThat(onlyContact().note()).isNull();
  }

  @Test
  void saysPlainlyThatAContactNobodyCanReachIsAWeakLeadAndGoesOn() {
    // given
    chat.send("/contact Oleg").press("skip").press("rung:PROSPECT");
    // when
    chat.press("skip");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.handle.weakLead", "logcontact.ask.note");
    chat.press("skip").press("fu:none").press("save");
    assertThat(onlyContact().reachable()).isFalse();
  }

  @Test
  void asksAgainForAHandleItCannotRead() {
    // given
    chat.send("/contact Oleg").press("skip").press("rung:PROSPECT");
    // when
    chat.send("call him maybe");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.handle.invalid", "logcontact.ask.handle");
    assertThat(chat.step()).isEqualTo("HANDLE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u0000\u0007"})
  void refusesAnEmptyNameAndAsksAgain(String name) {
    // given
    chat.send("/contact");
    // when
    chat.send(name);
    // then
    assertThat(chat.keys()).containsExactly("logcontact.name.empty");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void refusesANameLongerThanEightyCharacters() {
    // given
    chat.send("/contact");
    // when
    chat.send("x".repeat(81));
    // then
    assertThat(chat.keys()).containsExactly("logcontact.name.too_long");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void asksForAButtonWhenTheRungIsTyped() {
    // given
    chat.send("/contact Oleg").press("skip");
    // when
    chat.send("customer I think");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "logcontact.ask.rung");
    assertThat(chat.buttons()).hasSize(6);
    assertThat(chat.step()).isEqualTo("RUNG");
  }

  @Test
  void startsOverFromTheConfirmation() {
    // given
    chat.send("/contact Oleg").press("skip").press("rung:PROSPECT").press("skip").press("skip");
    chat.press("fu:plan");
    // when
    chat.press("restart");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.ask.name");
    assertThat(chat.contacts.count(chat.key().user())).isZero();
  }

  @Test
  void aRepeatedSavePressStoresOneContact() {
    // given
    chat.send("/contact Oleg").press("skip").press("rung:PROSPECT").press("skip").press("skip");
    chat.press("fu:plan");
    // when
    chat.press("save");
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("engine.idle");
    assertThat(chat.contacts.count(chat.key().user())).isEqualTo(1);
    assertThat(planned()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NAME", "SOURCE", "RUNG", "HANDLE", "NOTE", "FOLLOW_UP", "CONFIRM"})
  void cancelsInEveryStepWithoutSavingAnything(String step) {
    // given
    walkTo(step);
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.step()).isNull();
    assertThat(chat.contacts.count(chat.key().user())).isZero();
    assertThat(planned()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NAME", "SOURCE", "RUNG", "HANDLE", "NOTE", "FOLLOW_UP", "CONFIRM"})
  void showsHelpInEveryStepAndStaysThere(String step) {
    // given
    walkTo(step);
    // when
    chat.send("/help");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "engine.help.intro",
            "engine.help.commands",
            "engine.help.always",
            "engine.help.inDialog");
    assertThat(chat.step()).isEqualTo(step);
  }

  @Test
  void suggestsOneFollowUpInThreeDaysForANewLead() {
    // given
    walkToFollowUp("PROSPECT");
    assertThat(chat.buttons())
        .containsExactly(
            "fu:plan", "when:1d", "when:3d", "when:1w", "when:3w", "when:3m", "fu:none");
    // when
    chat.press("fu:plan").press("save");
    // then
    assertThat(planned())
        .extracting(FollowUp::id, FollowUp::contactId, FollowUp::kind, FollowUp::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "c1-f1", "c1", FollowUp.Kind.NEXT_TOUCH, Instant.parse("2026-03-05T08:00:00Z")));
  }

  @Test
  void plansTheThreeCadenceFollowUpsForAFirstTimeCustomer() {
    // given
    walkToFollowUp("FIRST_TIME_CUSTOMER");
    // when
    chat.press("fu:plan").press("save");
    // then
    assertThat(planned()).extracting(FollowUp::kind).containsOnly(FollowUp.Kind.CADENCE);
    assertThat(planned())
        .extracting(FollowUp::dueAt)
        .containsExactly(
            Instant.parse("2026-03-05T08:00:00Z"),
            Instant.parse("2026-03-23T08:00:00Z"),
            Instant.parse("2026-06-02T08:00:00Z"));
    assertThat(planned()).extracting(FollowUp::id).containsExactly("c1-f1", "c1-f2", "c1-f3");
  }

  @Test
  void suggestsACheckInInAWeekForARegularCustomer() {
    // given
    walkToFollowUp("REGULAR_CUSTOMER");
    // when
    chat.press("fu:plan").press("save");
    // then
    assertThat(planned())
        .extracting(FollowUp::kind, FollowUp::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FollowUp.Kind.CHECK_IN, Instant.parse("2026-03-09T08:00:00Z")));
  }

  @Test
  void followsTheUsersCadenceAndAgendaHourInTheirZone() {
    // given
    Preferences own = Preferences.DEFAULT.withCadence("2d,2w").withAgendaHour(10);
    chat.profiles.save(
        UserProfile.firstSeen(chat.key().user(), chat.clock.instant()).withPreferences(own));
    chat.zone(ZoneId.of("Europe/Berlin"));
    walkToFollowUp("FIRST_TIME_CUSTOMER");
    // when
    chat.press("fu:plan").press("save");
    // then
    assertThat(planned())
        .extracting(FollowUp::dueAt)
        .containsExactly(
            Instant.parse("2026-03-04T09:00:00Z"), Instant.parse("2026-03-16T09:00:00Z"));
  }

  @Test
  void takesAQuickChoiceAsOneCheckInAtTheAgendaHour() {
    // given
    walkToFollowUp("FIRST_TIME_CUSTOMER");
    // when
    chat.press("when:1w").press("save");
    // then
    assertThat(planned())
        .extracting(FollowUp::kind, FollowUp::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FollowUp.Kind.CHECK_IN, Instant.parse("2026-03-09T08:00:00Z")));
  }

  @Test
  void takesATypedDateAndTimeAsIs() {
    // given
    walkToFollowUp("PROSPECT");
    // when
    chat.send("2026-03-05 10:00").press("save");
    // then
    assertThat(planned())
        .extracting(FollowUp::kind, FollowUp::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FollowUp.Kind.CHECK_IN, Instant.parse("2026-03-05T10:00:00Z")));
  }

  @Test
  void plansNothingWhenNoFollowUpIsWanted() {
    // given
    walkToFollowUp("PROSPECT");
    // when
    chat.press("fu:none");
    // then
    assertThat(chat.keys())
        .containsExactly("logcontact.confirm.summary", "logcontact.followup.summary.none");
    assertThat(chat.press("save").keys()).containsExactly("logcontact.saved");
    assertThat(planned()).isEmpty();
    assertThat(chat.contacts.count(chat.key().user())).isEqualTo(1);
  }

  @Test
  void asksAgainForADateItCannotReadAndKeepsTheSuggestion() {
    // given
    walkToFollowUp("PROSPECT");
    // when
    chat.send("someday maybe");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.UNREADABLE", "logcontact.followup.ask", "when.hint");
    assertThat(chat.buttons()).contains("fu:plan", "fu:none");
    assertThat(chat.step()).isEqualTo("FOLLOW_UP");
  }

  @Test
  void asksAgainForADateInThePast() {
    // given
    walkToFollowUp("PROSPECT");
    // when
    chat.send("2026-03-01");
    // then
    assertThat(chat.keys()).startsWith("when.askBack.PAST");
    assertThat(chat.step()).isEqualTo("FOLLOW_UP");
  }

  @Test
  void aSaveThatFailedHalfwayStoresNothingTwiceWhenPressedAgain() {
    // given
    ChatScript flaky =
        ChatScript.of(
            new KeysOnlyMessages(),
            c ->
                List.of(
                    new LogContactDialog(c.contacts, new FlakyFollowUps(c.followUps, 2), c.ids)));
    flaky.send("/contact Oleg").press("skip").press("rung:FIRST_TIME_CUSTOMER").press("skip");
    flaky.press("skip").press("fu:plan");
    // when
    flaky.press("save");
    assertThat(flaky.keys()).containsExactly("engine.error");
    flaky.press("save");
    // then
    assertThat(flaky.keys()).containsExactly("logcontact.saved", "logcontact.followup.saved");
    assertThat(flaky.contacts.count(flaky.key().user())).isEqualTo(1);
    assertThat(flaky.followUps.openFor(flaky.key().user(), "c1")).hasSize(3);
  }

  @Test
  void offersTheCadenceInGermanWords() {
    // given
    ChatScript german =
        ChatScript.of(
                new BundleMessages(),
                c -> List.of(new LogContactDialog(c.contacts, c.followUps, c.ids)))
            .language("de");
    german.send("/contact Anna").press("skip").press("rung:FIRST_TIME_CUSTOMER").press("skip");
    // when
    german.press("skip");
    // then
    assertThat(german.replies().get(0).text())
        .startsWith(
            "Wann meldest du dich zum ersten Mal bei Anna? "
                + "Mein Vorschlag: in 3 Tagen, 3 Wochen und 3 Monaten.");
    assertThat(german.replies().get(0).rows().get(0).get(0).label())
        .isEqualTo("In 3 Tagen, 3 Wochen und 3 Monaten");
    german.press("fu:plan");
    assertThat(german.replies().get(0).text()).contains("Nachfassen:\n05.03.2026, 08:00");
  }

  private void walkToFollowUp(String rung) {
    chat.send("/contact Oleg").press("skip").press("rung:" + rung).press("skip").press("skip");
    assertThat(chat.step()).isEqualTo("FOLLOW_UP");
  }

  private void walkTo(String step) {
    List<Runnable> answers =
        List.of(
            () -> chat.send("/contact"),
            () -> chat.send("Oleg"),
            () -> chat.press("skip"),
            () -> chat.press("rung:PROSPECT"),
            () -> chat.press("skip"),
            () -> chat.press("skip"),
            () -> chat.press("fu:plan"));
    for (Runnable answer : answers) {
      answer.run();
      if (step.equals(chat.step())) {
        return;
      }
    }
    throw new IllegalStateException("never reached " + step);
  }
}
