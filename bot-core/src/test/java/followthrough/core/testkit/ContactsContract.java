package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Contacts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Contacts} store does; extended by the memory and MongoDB tests. */
public abstract class ContactsContract {

  protected Contacts contacts;

  /** A new, empty store. */
  protected abstract Contacts newStore();

  @BeforeEach
  void createStore() {
    contacts = newStore();
  }

  private List<String> names(List<Contact> found) {
    return found.stream().map(Contact::name).toList();
  }

  @Test
  void findsAnAddedContactWithEveryField() {
    // given
    Contact full =
        new Contact(
            "c1",
            ANNA,
            "Ольга «$set.name» <b>*_[x]_*</b> 🙂",
            Source.OTHER,
            "met at the gym {\"$gt\": 1}",
            Rung.FIRST_TIME_CUSTOMER,
            List.of(
                new ContactHandle(ContactHandle.Kind.EMAIL, "o.x$y@example.org"),
                new ContactHandle(ContactHandle.Kind.USERNAME, "@olga_k")),
            "שלום\nsecond line",
            T0);
    // when
    boolean added = contacts.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(contacts.find(ANNA, "c1")).contains(full);
  }

  @Test
  void keepsOptionalFieldsEmpty() {
    // given
    Contact bare = new Contact("c2", ANNA, "Bare", null, null, Rung.PROSPECT, List.of(), null, T0);
    // when
    contacts.add(bare);
    // then
    assertThat(contacts.find(ANNA, "c2")).contains(bare);
  }

  @Test
  void addingTheSameIdTwiceStoresOneContact() {
    // given
    contacts.add(contact(ANNA, "c1", "Anna"));
    // when
    boolean again = contacts.add(contact(ANNA, "c1", "Anna"));
    // then
    assertThat(again).isFalse();
    assertThat(contacts.count(ANNA)).isEqualTo(1);
  }

  @Test
  void neverFindsAnotherOwnersContact() {
    // given
    contacts.add(contact(BORIS, "b1", "Boris's Anna"));
    // when / then
    assertThat(contacts.find(ANNA, "b1")).isEmpty();
    assertThat(contacts.search(ANNA, "", 0, 50)).isEmpty();
    assertThat(contacts.search(ANNA, "anna", 0, 50)).isEmpty();
    assertThat(contacts.count(ANNA)).isZero();
  }

  @Test
  void findsByPartOfTheNameIgnoringCaseInEveryScript() {
    // given
    contacts.add(contact(ANNA, "1", "Jörg Müller"));
    contacts.add(contact(ANNA, "2", "Алёна Петрова"));
    contacts.add(contact(ANNA, "3", "Anna Schmidt"));
    contacts.add(contact(ANNA, "4", "Straße Klaus"));
    // when / then
    assertThat(names(contacts.search(ANNA, "MÜLL", 0, 10))).containsExactly("Jörg Müller");
    assertThat(names(contacts.search(ANNA, "алена", 0, 10))).containsExactly("Алёна Петрова");
    assertThat(names(contacts.search(ANNA, "ПЕТР", 0, 10))).containsExactly("Алёна Петрова");
    assertThat(names(contacts.search(ANNA, "strasse", 0, 10))).containsExactly("Straße Klaus");
    assertThat(names(contacts.search(ANNA, "schm", 0, 10))).containsExactly("Anna Schmidt");
  }

  @Test
  void treatsPatternCharactersInAQueryAsPlainText() {
    // given
    contacts.add(contact(ANNA, "1", "A.n (x) $1 [a]*"));
    contacts.add(contact(ANNA, "2", "Anna"));
    // when / then
    assertThat(names(contacts.search(ANNA, ".*", 0, 10))).isEmpty();
    assertThat(names(contacts.search(ANNA, "(x) $1 [a]*", 0, 10)))
        .containsExactly("A.n (x) $1 [a]*");
    assertThat(names(contacts.search(ANNA, "a.n", 0, 10))).containsExactly("A.n (x) $1 [a]*");
  }

  @Test
  void listsAllContactsSortedByNameAPageAtATime() {
    // given
    contacts.add(contact(ANNA, "1", "Carla"));
    contacts.add(contact(ANNA, "2", "anton"));
    contacts.add(contact(ANNA, "3", "Bernd"));
    contacts.add(contact(BORIS, "4", "Aaron"));
    // when
    List<Contact> first = contacts.search(ANNA, "", 0, 2);
    List<Contact> second = contacts.search(ANNA, " ", 2, 2);
    // then
    assertThat(names(first)).containsExactly("anton", "Bernd");
    assertThat(names(second)).containsExactly("Carla");
    assertThat(contacts.count(ANNA)).isEqualTo(3);
    assertThat(contacts.count(BORIS)).isEqualTo(1);
  }

  @Test
  void updateReplacesTheStoredContactAndItsSearchKey() {
    // given
    contacts.add(contact(ANNA, "c1", "Anna"));
    Contact changed =
        contact(ANNA, "c1", "Olga «$x.y»")
            .withRung(Rung.PARTNER)
            .withHandles(List.of())
            .withNote("<b>{\"$gt\": 1}</b> 🙂");
    // when
    boolean updated = contacts.update(changed);
    // then
    assertThat(updated).isTrue();
    assertThat(contacts.find(ANNA, "c1")).contains(changed);
    assertThat(contacts.search(ANNA, "olga", 0, 10)).containsExactly(changed);
    assertThat(contacts.search(ANNA, "anna", 0, 10)).isEmpty();
  }

  @Test
  void updateChangesNothingUnlessTheOwnerHasThatContact() {
    // given
    Contact boriss = contact(BORIS, "b1", "Boris");
    contacts.add(boriss);
    // when
    boolean othersUpdated = contacts.update(contact(ANNA, "b1", "Mallory"));
    boolean unknownUpdated = contacts.update(contact(ANNA, "c1", "Anna"));
    // then
    assertThat(othersUpdated).isFalse();
    assertThat(unknownUpdated).isFalse();
    assertThat(contacts.find(BORIS, "b1")).contains(boriss);
    assertThat(contacts.count(ANNA)).isZero();
  }

  @Test
  void deletesTheOwnersContact() {
    // given
    contacts.add(contact(ANNA, "c1", "Anna"));
    contacts.add(contact(ANNA, "c2", "Carla"));
    // when
    boolean deleted = contacts.delete(ANNA, "c1");
    boolean again = contacts.delete(ANNA, "c1");
    // then
    assertThat(deleted).isTrue();
    assertThat(again).isFalse();
    assertThat(contacts.find(ANNA, "c1")).isEmpty();
    assertThat(names(contacts.search(ANNA, "", 0, 10))).containsExactly("Carla");
  }

  @Test
  void neverDeletesAnotherOwnersContact() {
    // given
    Contact boriss = contact(BORIS, "b1", "Boris");
    contacts.add(boriss);
    // when
    boolean deleted = contacts.delete(ANNA, "b1");
    // then
    assertThat(deleted).isFalse();
    assertThat(contacts.find(BORIS, "b1")).contains(boriss);
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    contacts.add(contact(joining, "c1", "Ivan"));
    contacts.add(contact(joining, "c2", "Olga"));
    contacts.add(contact(ANNA, "c3", "Petra"));
    contacts.add(contact(BORIS, "c4", "Rolf"));
    // when
    int moved = contacts.moveOwner(joining, ANNA);
    int again = contacts.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(contacts.search(ANNA, "", 0, 10).stream().map(Contact::id))
        .containsExactly("c1", "c2", "c3");
    assertThat(contacts.find(ANNA, "c1")).contains(contact(ANNA, "c1", "Ivan"));
    assertThat(contacts.search(ANNA, "olg", 0, 10)).hasSize(1);
    assertThat(contacts.count(joining)).isZero();
    assertThat(contacts.find(BORIS, "c4")).contains(contact(BORIS, "c4", "Rolf"));
  }
}
