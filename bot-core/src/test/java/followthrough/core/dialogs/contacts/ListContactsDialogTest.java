package followthrough.core.dialogs.contacts;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListContactsDialogTest {

  private final ChatScript chat = ChatScript.withStandardDialogs();
  private final UserId me = chat.key().user();

  @Test
  void invitesToLogTheFirstContactWhenThereAreNone() {
    // when
    chat.send("/contacts");
    // then
    assertThat(chat.keys()).containsExactly("contacts.none");
    assertThat(chat.buttons()).containsExactly("/contact");
    assertThat(chat.step()).isNull();
  }

  @Test
  void listsContactsAsButtonsAPageAtATime() {
    // given
    for (int i = 1; i <= 10; i++) {
      chat.contacts.add(contact(me, "id" + i, String.format("Name %02d", i)));
    }
    // when
    chat.send("/contacts");
    // then
    assertThat(chat.keys()).containsExactly("contacts.list.header", "contacts.list.hint");
    assertThat(chat.buttons()).hasSize(9).startsWith("open:id1").endsWith("more:8");
    chat.press("more:8");
    assertThat(chat.buttons()).containsExactly("open:id9", "open:id10");
    assertThat(chat.replies().get(0).editMessageRef()).isEqualTo("m1");
  }

  @Test
  void findsByPartOfTheNameTypedWhileTheListIsOpen() {
    // given
    chat.contacts.add(contact(me, "a", "Jörg Müller"));
    chat.contacts.add(contact(me, "b", "Алёна"));
    chat.send("/contacts");
    // when
    chat.send("алена");
    // then
    assertThat(chat.keys()).containsExactly("contacts.search.header", "contacts.list.hint");
    assertThat(chat.buttons()).containsExactly("open:b");
  }

  @Test
  void searchesStraightFromTheCommandLine() {
    // given
    chat.contacts.add(contact(me, "a", "Jörg Müller"));
    chat.contacts.add(contact(me, "b", "Anna"));
    // when
    chat.send("/contacts MÜLLER");
    // then
    assertThat(chat.buttons()).containsExactly("open:a");
  }

  @Test
  void saysSoWhenNothingMatchesAndOffersTheWholeList() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    // when
    chat.send("/contacts zzz");
    // then
    assertThat(chat.keys()).containsExactly("contacts.search.none");
    assertThat(chat.press("all").buttons()).containsExactly("open:a");
  }

  @Test
  void opensAContactCardWithAWeakLeadWarning() {
    // given
    chat.contacts.add(
        new Contact(
            "w", me, "Walter", null, null, Rung.PROSPECT, List.of(), null, chat.clock.instant()));
    chat.send("/contacts");
    // when
    chat.press("open:w");
    // then
    assertThat(chat.keys()).containsExactly("contact.card", "contacts.card.weakLead");
    assertThat(chat.step()).isEqualTo("LIST");
  }

  @Test
  void neverOpensAnotherUsersContact() {
    // given
    chat.contacts.add(contact(new UserId("telegram:other"), "x", "Secret"));
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts");
    // when
    chat.press("open:x");
    // then
    assertThat(chat.keys()).containsExactly("contacts.card.gone");
  }

  @Test
  void showsTheCardInTheUsersLanguage() {
    // given
    ChatScript german = ChatScript.withStandardDialogs(new BundleMessages()).language("de");
    german.contacts.add(contact(german.key().user(), "a", "Jörg"));
    german.send("/contacts");
    // when
    german.press("open:a");
    // then
    assertThat(german.replies().get(0).text())
        .contains("Jörg", "Stufe: Interessent", "+49 151 2345678", "02.03.2026");
  }
}
