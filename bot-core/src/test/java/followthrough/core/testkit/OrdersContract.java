package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Orders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Orders} store does; extended by the memory and MongoDB tests. Instants are kept
 * to the millisecond; orders at the same instant come in descending id order.
 */
public abstract class OrdersContract {

  private static final String NASTY =
      "2× «Aloe $set.gel» {\"$gt\": 1} <i>'x' & \"y\"</i> 🙂 مرحبا\nline.two";

  protected Orders orders;

  /** A new, empty store. */
  protected abstract Orders newStore();

  @BeforeEach
  void createStore() {
    orders = newStore();
  }

  private static Order order(UserId owner, String id, String contactId, Instant at) {
    return new Order(id, owner, contactId, at, false, null);
  }

  private static List<String> ids(List<Order> found) {
    return found.stream().map(Order::id).toList();
  }

  @Test
  void findsAnAddedOrderWithEveryField() {
    // given
    Order full = new Order("o1", ANNA, "c1", T0.plusMillis(987), true, NASTY);
    // when
    boolean added = orders.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(orders.forContact(ANNA, "c1")).containsExactly(full);
    assertThat(orders.all(ANNA)).containsExactly(full);
  }

  @Test
  void keepsOptionalFieldsEmpty() {
    // given
    Order bare = order(ANNA, "o1", "c1", T0);
    // when
    orders.add(bare);
    // then
    assertThat(orders.forContact(ANNA, "c1")).containsExactly(bare);
  }

  @Test
  void addingTheSameIdTwiceKeepsTheFirstOrder() {
    // given
    Order first = order(ANNA, "o1", "c1", T0);
    orders.add(first);
    // when
    boolean again = orders.add(new Order("o1", ANNA, "c1", T0.plusSeconds(5), true, "again"));
    // then
    assertThat(again).isFalse();
    assertThat(orders.all(ANNA)).containsExactly(first);
  }

  @Test
  void refusesAnotherOwnersOrderWithATakenId() {
    // given
    Order annas = order(ANNA, "o1", "c1", T0);
    orders.add(annas);
    // when
    boolean added = orders.add(order(BORIS, "o1", "c1", T0));
    // then
    assertThat(added).isFalse();
    assertThat(orders.all(ANNA)).containsExactly(annas);
    assertThat(orders.all(BORIS)).isEmpty();
  }

  @Test
  void listsTheOrdersOfOneContactNewestFirst() {
    // given
    orders.add(order(ANNA, "o1", "c1", T0));
    orders.add(order(ANNA, "o2", "c1", T0.plus(Duration.ofDays(30))));
    orders.add(order(ANNA, "o3", "c1", T0.plus(Duration.ofDays(10))));
    orders.add(order(ANNA, "o4", "c1", T0.plus(Duration.ofDays(10))));
    orders.add(order(ANNA, "o5", "c2", T0.plus(Duration.ofDays(20))));
    // when
    List<Order> found = orders.forContact(ANNA, "c1");
    // then
    assertThat(ids(found)).containsExactly("o2", "o4", "o3", "o1");
  }

  @Test
  void listsAllOfTheOwnersOrdersNewestFirst() {
    // given
    orders.add(order(ANNA, "o1", "c1", T0));
    orders.add(order(ANNA, "o2", "c2", T0.plus(Duration.ofDays(2))));
    orders.add(order(ANNA, "o3", "c3", T0.plus(Duration.ofDays(1))));
    orders.add(order(BORIS, "b1", "c1", T0.plus(Duration.ofDays(3))));
    // when
    List<Order> found = orders.all(ANNA);
    // then
    assertThat(ids(found)).containsExactly("o2", "o3", "o1");
  }

  @Test
  void neverReturnsAnotherOwnersOrders() {
    // given
    orders.add(order(BORIS, "b1", "c1", T0));
    // when / then
    assertThat(orders.forContact(ANNA, "c1")).isEmpty();
    assertThat(orders.all(ANNA)).isEmpty();
    assertThat(ids(orders.all(BORIS))).containsExactly("b1");
  }

  @Test
  void deletesOnlyTheOwnersOrdersOfThatContact() {
    // given
    orders.add(order(ANNA, "o1", "c1", T0));
    orders.add(order(ANNA, "o2", "c1", T0.plusSeconds(1)));
    orders.add(order(ANNA, "o3", "c2", T0));
    orders.add(order(BORIS, "b1", "c1", T0));
    // when
    orders.deleteFor(ANNA, "c1");
    orders.deleteFor(ANNA, "nobody");
    // then
    assertThat(ids(orders.all(ANNA))).containsExactly("o3");
    assertThat(ids(orders.all(BORIS))).containsExactly("b1");
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    orders.add(order(joining, "o1", "c1", T0));
    orders.add(order(joining, "o2", "c2", T0.plusSeconds(1)));
    orders.add(order(ANNA, "o3", "c3", T0.plusSeconds(2)));
    orders.add(order(BORIS, "o4", "c4", T0));
    // when
    int moved = orders.moveOwner(joining, ANNA);
    int again = orders.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ids(orders.all(ANNA))).containsExactly("o3", "o2", "o1");
    assertThat(orders.forContact(ANNA, "c1")).containsExactly(order(ANNA, "o1", "c1", T0));
    assertThat(orders.all(joining)).isEmpty();
    assertThat(ids(orders.all(BORIS))).containsExactly("o4");
  }
}
