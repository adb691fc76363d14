package followthrough.core.dialogs.link;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Order;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import followthrough.core.memory.InMemoryChecklistTemplates;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryContacts;
import followthrough.core.memory.InMemoryEvents;
import followthrough.core.memory.InMemoryFollowUps;
import followthrough.core.memory.InMemoryMeetings;
import followthrough.core.memory.InMemoryOrders;
import followthrough.core.memory.InMemoryTouches;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountMergeTest {

  private static final UserId JOINING = new UserId("discord:77");

  private final InMemoryContacts contacts = new InMemoryContacts();
  private final InMemoryOrders orders = new InMemoryOrders();
  private final InMemoryEvents events = new InMemoryEvents();
  private final AccountMerge merge =
      new AccountMerge(
          contacts,
          new InMemoryTouches(),
          orders,
          new InMemoryFollowUps(),
          new InMemoryMeetings(),
          new InMemoryChecklists(),
          new InMemoryChecklistTemplates(),
          events);

  @Test
  void movesTheContactsAndWhatIsAboutThemAndCountsThem() {
    // given
    givenTheJoiningUsersData();
    // when
    AccountMerge.Moved moved = merge.move(JOINING, ANNA);
    // then
    assertThat(moved).isEqualTo(new AccountMerge.Moved(2, 4));
    assertThat(contacts.count(ANNA)).isEqualTo(2);
    assertThat(orders.all(ANNA)).hasSize(1);
    assertThat(events.find(ANNA, "e1")).isPresent();
  }

  @Test
  void runningItAgainChangesNothing() {
    // given
    givenTheJoiningUsersData();
    merge.move(JOINING, ANNA);
    // when
    AccountMerge.Moved again = merge.move(JOINING, ANNA);
    // then
    assertThat(again).isEqualTo(new AccountMerge.Moved(0, 0));
    assertThat(contacts.count(ANNA)).isEqualTo(2);
  }

  @Test
  void finishesAMergeThatStoppedAfterTheContacts() {
    // given: an earlier merge moved the contacts and then failed
    givenTheJoiningUsersData();
    contacts.moveOwner(JOINING, ANNA);
    // when
    AccountMerge.Moved rest = merge.move(JOINING, ANNA);
    // then
    assertThat(rest).isEqualTo(new AccountMerge.Moved(0, 2));
    assertThat(orders.all(ANNA)).hasSize(1);
    assertThat(orders.all(JOINING)).isEmpty();
    assertThat(events.find(ANNA, "e1")).isPresent();
  }

  @Test
  void movesNothingToTheSameUser() {
    // given
    givenTheJoiningUsersData();
    // when
    AccountMerge.Moved moved = merge.move(JOINING, JOINING);
    // then
    assertThat(moved.total()).isZero();
    assertThat(contacts.count(JOINING)).isEqualTo(2);
  }

  private void givenTheJoiningUsersData() {
    contacts.add(contact(JOINING, "d1", "Clara"));
    contacts.add(contact(JOINING, "d2", "Dora"));
    orders.add(new Order("o1", JOINING, "d1", T0, false, null));
    events.add(
        new GroupEvent(
            "e1",
            JOINING,
            "Training",
            T0,
            null,
            null,
            null,
            GroupEvent.Status.PLANNED,
            List.of(),
            T0));
  }
}
