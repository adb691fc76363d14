package followthrough.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.logcontact.LogContactDialog;
import followthrough.core.domain.contact.Contact;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Nasty input never breaks a turn, never loses data, and is stored exactly as meant. */
class BadInputTest {

  private final ChatScript chat =
      ChatScript.of(
          new BundleMessages(),
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

  static Stream<String> nastyNames() {
    return Stream.of(
        "Анна 🙂👩‍👩‍👧",
        "מרים כהן",
        "أحمد",
        "$where",
        "a.b.c",
        "{\"$gt\": \"\"}",
        "O'Brien \"Junior\"",
        "<b>Bold</b> & <script>x</script>",
        "*_[Anna]_*`~|",
        "\\u0000 \\n literal backslashes",
        "{name} {0} %s ${x}");
  }

  @ParameterizedTest
  @MethodSource("nastyNames")
  void storesANastyNameExactlyAsTyped(String name) {
    // when
    chat.send("/contact").send(name).press("skip").press("rung:PROSPECT").press("skip");
    chat.press("skip").press("fu:none").press("save");
    // then
    List<Contact> saved = chat.contacts.search(chat.key().user(), name, 0, 5);
    assertThat(saved).extracting(Contact::name).containsExactly(name);
    assertThat(chat.replies().get(0).text()).contains(name);
  }

  @Test
  void dropsControlCharactersButKeepsTheRest() {
    // when
    chat.send("/contact").send("An\u0000na\u0007 \u001b[31mK\u0008");
    // then
    assertThat(chat.step()).isEqualTo("SOURCE");
    chat.press("skip").press("rung:PROSPECT").press("skip").press("skip").press("fu:none");
    chat.press("save");
    assertThat(chat.contacts.search(chat.key().user(), "", 0, 5))
        .extracting(Contact::name)
        .containsExactly("Anna [31mK");
  }

  @Test
  void cutsAHugeMessageAndSaysSo() {
    // given
    chat.send("/contact");
    // when
    chat.send("x".repeat(5000));
    // then
    assertThat(chat.replies()).hasSize(2);
    assertThat(chat.replies().get(0).text()).contains("2000");
    assertThat(chat.replies().get(1).text()).contains("80");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void keepsAnEmojiIntactWhenCuttingAtTheLimit() {
    // given
    chat.send("/contact").send("Anna").press("skip").press("rung:PROSPECT").press("skip");
    String note = "n".repeat(999) + "🙂🙂";
    // when
    chat.send(note);
    // then
    assertThat(chat.step()).isEqualTo("NOTE");
    assertThat(chat.replies().get(0).text()).contains("1000");
  }

  @Test
  void answersEmptyAndWhitespaceTextWithoutFailing() {
    for (String text : List.of("", " ", "\n\n", "\u200f", "/", "//", "/ contact", "@")) {
      chat.send(text);
      assertThat(chat.replies()).isNotEmpty();
      assertThat(chat.replies().get(0).text()).doesNotContain("Sorry");
    }
  }

  @Test
  void ignoresAForgedButtonValueWithoutLosingTheDialog() {
    // given
    chat.send("/contact Anna");
    // when
    chat.press("src:NOT_A_SOURCE");
    // then
    assertThat(chat.replies().get(0).text()).startsWith("Sorry");
    assertThat(chat.step()).isEqualTo("SOURCE");
    chat.press("src:WORK");
    assertThat(chat.step()).isEqualTo("RUNG");
  }
}
