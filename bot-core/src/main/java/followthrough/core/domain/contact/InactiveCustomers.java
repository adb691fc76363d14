package followthrough.core.domain.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers who have not ordered for a while: past customers need a check-in too, because they will
 * not call by themselves. A customer is inactive when their last order is older than the threshold
 * (the user's setting, 60 days by default).
 */
public final class InactiveCustomers {

  private InactiveCustomers() {}

  /**
   * The customers among {@code contacts} whose last order (from {@code lastOrders}, by contact id)
   * lies more than {@code threshold} before {@code now}; customers without any recorded order count
   * from the day they were logged.
   */
  public static List<Contact> among(
      List<Contact> contacts, Map<String, Instant> lastOrders, Instant now, Duration threshold) {
    return contacts.stream()
        .filter(c -> Ladder.isCustomer(c.rung()))
        .filter(
            c ->
                Optional.ofNullable(lastOrders.get(c.id()))
                    .orElse(c.createdAt())
                    .plus(threshold)
                    .isBefore(now))
        .toList();
  }
}
