package followthrough.core.dialogs.today;

import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.InactiveCustomers;
import followthrough.core.domain.contact.Order;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Orders;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agenda's suggestion of customers to check in with: those without an order for the user's
 * number of days ({@link InactiveCustomers}) who have nothing planned yet, the quietest first.
 */
final class QuietCustomers {

  /** At most this many customers are suggested. */
  static final int SUGGESTED = 3;

  private static final int SCANNED = 5000;

  private final Contacts contacts;
  private final Orders orders;
  private final FollowUps followUps;

  QuietCustomers(Contacts contacts, Orders orders, FollowUps followUps) {
    this.contacts = contacts;
    this.orders = orders;
    this.followUps = followUps;
  }

  /** The suggestion, or empty when nobody has gone quiet. */
  Optional<Reply> suggest(TurnContext ctx) {
    Map<String, Instant> lastOrders = new HashMap<>();
    for (Order order : orders.all(ctx.user())) {
      lastOrders.merge(order.contactId(), order.at(), (a, b) -> a.isAfter(b) ? a : b);
    }
    Duration threshold = Duration.ofDays(ctx.profile().preferences().inactiveAfterDays());
    List<Contact> quiet =
        InactiveCustomers.among(
                contacts.search(ctx.user(), "", 0, SCANNED), lastOrders, ctx.now(), threshold)
            .stream()
            .sorted(Comparator.comparing(c -> lastOrders.getOrDefault(c.id(), c.createdAt())))
            .filter(c -> followUps.openFor(ctx.user(), c.id()).isEmpty())
            .limit(SUGGESTED)
            .toList();
    return quiet.isEmpty()
        ? Optional.empty()
        : Optional.of(AgendaReplies.inactive(quiet, lastOrders, ctx.zone()));
  }
}
