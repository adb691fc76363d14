package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Touches;
import java.util.List;

/**
 * {@link Touches} in the collection {@code touches}, one document per touch with the touch id as
 * {@code _id}. Every query filters by owner, so no method ever returns or deletes another user's
 * touch. Instants are stored with millisecond precision; touches at the same instant are listed in
 * descending id order.
 *
 * <p>Thread-safe (the driver's collections are). Driver failures (network, timeouts, server errors)
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoTouches implements Touches {

  static final String COLLECTION = "touches";

  private final OwnedCollection touches;

  /** Uses the collection {@code touches} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoTouches(MongoDatabase db) {
    this.touches = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the touch; an id that exists already leaves the stored touch as it is. */
  @Override
  public boolean add(Touch touch) {
    return touches.insertOnce(TouchDocuments.toDocument(touch));
  }

  @Override
  public List<Touch> forContact(UserId owner, String contactId) {
    return touches
        .list(
            owner,
            OwnedCollection.about(contactId),
            Sorts.descending(TouchDocuments.AT, TouchDocuments.ID))
        .stream()
        .map(TouchDocuments::fromDocument)
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    touches.deleteFor(owner, contactId);
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return touches.moveOwner(from, to);
  }
}
