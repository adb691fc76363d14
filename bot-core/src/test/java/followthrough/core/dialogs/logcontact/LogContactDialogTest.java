package followthrough.core.dialogs.logcontact;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogContactDialogTest {

  private final ChatScript chat = ChatScript.withStandardDialogs();

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
    assertThat(chat.send("loves the tea").keys()).containsExactly("logcontact.confirm.summary");
    assertThat(chat.press("save").keys()).containsExactly("logcontact.saved");

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
    chat.press("rung:PROSPECT").send("@oleg_p").press("skip").press("save");
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
    chat.press("skip").press("save");
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
    // when
    chat.press("save");
    chat.press("save");
    // then
    assertThat(chat.keys()).containsExactly("engine.idle");
    assertThat(chat.contacts.count(chat.key().user())).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NAME", "SOURCE", "RUNG", "HANDLE", "NOTE", "CONFIRM"})
  void cancelsInEveryStepWithoutSavingAnything(String step) {
    // given
    walkTo(step);
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(chat.step()).isNull();
    assertThat(chat.contacts.count(chat.key().user())).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NAME", "SOURCE", "RUNG", "HANDLE", "NOTE", "CONFIRM"})
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

  private void walkTo(String step) {
    List<Runnable> answers =
        List.of(
            () -> chat.send("/contact"),
            () -> chat.send("Oleg"),
            () -> chat.press("skip"),
            () -> chat.press("rung:PROSPECT"),
            () -> chat.press("skip"),
            () -> chat.press("skip"));
    for (Runnable answer : answers) {
      answer.run();
      if (step.equals(chat.step())) {
        return;
      }
    }
    throw new IllegalStateException("never reached " + step);
  }
}
