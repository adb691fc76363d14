package followthrough.core.memory;

import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Orders;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Orders in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryOrders implements Orders {

  private static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparing(Order::at).thenComparing(Order::id).reversed();

  private final ConcurrentMap<String, Order> orders = new ConcurrentHashMap<>();

  @Override
  public boolean add(Order order) {
    return orders.putIfAbsent(order.id(), order) == null;
  }

  @Override
  public List<Order> forContact(UserId owner, String contactId) {
    return orders.values().stream()
        .filter(o -> o.owner().equals(owner) && o.contactId().equals(contactId))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public List<Order> all(UserId owner) {
    return orders.values().stream()
        .filter(o -> o.owner().equals(owner))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    orders.values().removeIf(o -> o.owner().equals(owner) && o.contactId().equals(contactId));
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Order c : orders.values()) {
      if (c.owner().equals(from)
          && orders.replace(
              c.id(), c, new Order(c.id(), to, c.contactId(), c.at(), c.referral(), c.note()))) {
        moved++;
      }
    }
    return moved;
  }
}
