package followthrough.core.dialogs;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.memory.InMemoryContacts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactPickerTest {

  private final InMemoryContacts contacts = new InMemoryContacts();
  private final ContactPicker picker = new ContactPicker(contacts);

  @BeforeEach
  void someContacts() {
    contacts.add(contact(ANNA, "a1", "Anna Schmidt"));
    contacts.add(contact(ANNA, "a2", "Anna Berg"));
    contacts.add(contact(ANNA, "o1", "Oleg"));
    contacts.add(contact(BORIS, "b1", "Olga"));
  }

  private static List<String> values(Reply reply) {
    return reply.rows().stream().flatMap(List::stream).map(Choice::value).toList();
  }

  @Test
  void takesTheOnlyMatchAtOnce() {
    // when
    ContactPicker.Result result = picker.read(ANNA, new Input.Text("ole"), "touch.ask.who");
    // then
    assertThat(result).isEqualTo(new ContactPicker.Result.Picked(contact(ANNA, "o1", "Oleg")));
  }

  @Test
  void offersTheMatchesAsButtonsAndTakesThePressedOne() {
    // when
    ContactPicker.Result result = picker.read(ANNA, new Input.Text("anna"), "touch.ask.who");
    // then
    Reply offer = ((ContactPicker.Result.Ask) result).reply();
    assertThat(offer.paragraphs().get(0).key()).isEqualTo("pick.choose");
    assertThat(values(offer)).containsExactly("pick:a2", "pick:a1");
    assertThat(picker.read(ANNA, new Input.Button("pick:a1"), "touch.ask.who"))
        .isInstanceOf(ContactPicker.Result.Picked.class);
  }

  @Test
  void offersToLogANewContactWhenNothingMatches() {
    // when
    ContactPicker.Result result = picker.read(ANNA, new Input.Text("Zoe"), "touch.ask.who");
    // then
    Reply none = ((ContactPicker.Result.Ask) result).reply();
    assertThat(none.paragraphs().get(0).key()).isEqualTo("pick.none");
    assertThat(values(none)).containsExactly("/contact Zoe");
  }

  @Test
  void findsByIdButNeverAnotherOwnersContact() {
    assertThat(picker.find(ANNA, "#o1")).isInstanceOf(ContactPicker.Result.Picked.class);
    assertThat(picker.find(ANNA, "#b1")).isInstanceOf(ContactPicker.Result.Ask.class);
    assertThat(picker.read(ANNA, new Input.Button("pick:b1"), "touch.ask.who"))
        .isInstanceOf(ContactPicker.Result.Ask.class);
    assertThat(picker.read(ANNA, new Input.Text("olga"), "touch.ask.who"))
        .isInstanceOf(ContactPicker.Result.Ask.class);
  }

  @Test
  void keepsTheNewContactButtonWithinSixtyFourBytesForALongQuery() {
    // when
    ContactPicker.Result result = picker.find(ANNA, "Щ".repeat(60));
    // then
    String value = values(((ContactPicker.Result.Ask) result).reply()).get(0);
    assertThat(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(64);
  }
}
