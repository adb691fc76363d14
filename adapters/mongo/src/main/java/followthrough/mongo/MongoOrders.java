package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Orders;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * {@link Orders} in the collection {@code orders}, one document per order with the order id as
 * {@code _id}. Every query filters by owner, so no method ever returns or deletes another user's
 * order. Instants are stored with millisecond precision; orders at the same instant are listed in
 * descending id order.
 *
 * <p>Thread-safe (the driver's collections are). Driver failures (network, timeouts, server errors)
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoOrders implements Orders {

  static final String COLLECTION = "orders";

  private static final Bson NEWEST_FIRST = Sorts.descending(OrderDocuments.AT, OrderDocuments.ID);

  private final OwnedCollection orders;

  /** Uses the collection {@code orders} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoOrders(MongoDatabase db) {
    this.orders = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the order; an id that exists already leaves the stored order as it is. */
  @Override
  public boolean add(Order order) {
    return orders.insertOnce(OrderDocuments.toDocument(order));
  }

  @Override
  public List<Order> forContact(UserId owner, String contactId) {
    return list(owner, OwnedCollection.about(contactId));
  }

  /** Reads all of the owner's orders at once; fine for one user's history. */
  @Override
  public List<Order> all(UserId owner) {
    return list(owner, Filters.empty());
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    orders.deleteFor(owner, contactId);
  }

  private List<Order> list(UserId owner, Bson filter) {
    return orders.list(owner, filter, NEWEST_FIRST).stream()
        .map(OrderDocuments::fromDocument)
        .toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return orders.moveOwner(from, to);
  }
}
