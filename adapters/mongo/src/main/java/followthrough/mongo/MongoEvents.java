package followthrough.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Events;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * {@link Events} in the collection {@code events}, one document per event with its id as {@code
 * _id} and its registrations inside. Every query and replace filters by owner as well. Thread-safe;
 * an update replaces the whole document, so the last of two racing updates wins. Driver failures
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoEvents implements Events {

  static final String COLLECTION = "events";

  private final OwnedCollection events;

  /** Uses the collection {@code events} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoEvents(MongoDatabase db) {
    this.events = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the event; an id that exists already leaves the stored one as it is. */
  @Override
  public boolean add(GroupEvent event) {
    return events.insertOnce(EventDocuments.toDocument(event));
  }

  @Override
  public boolean update(GroupEvent event) {
    return events.replace(event.owner(), event.id(), EventDocuments.toDocument(event));
  }

  @Override
  public Optional<GroupEvent> find(UserId owner, String id) {
    return events.find(owner, id).map(EventDocuments::fromDocument);
  }

  @Override
  public List<GroupEvent> from(UserId owner, Instant from, int limit) {
    return list(
            owner,
            gte(EventDocuments.AT, BsonFields.bound(from)),
            Sorts.ascending(EventDocuments.AT, EventDocuments.ID))
        .stream()
        .limit(limit)
        .toList();
  }

  @Override
  public List<GroupEvent> before(UserId owner, Instant until, int limit) {
    return list(
            owner,
            lt(EventDocuments.AT, BsonFields.bound(until)),
            Sorts.descending(EventDocuments.AT, EventDocuments.ID))
        .stream()
        .limit(limit)
        .toList();
  }

  @Override
  public List<GroupEvent> withContact(UserId owner, String contactId) {
    return list(
        owner,
        eq(EventDocuments.CONTACT_IDS, contactId),
        Sorts.descending(EventDocuments.AT, EventDocuments.ID));
  }

  private List<GroupEvent> list(UserId owner, Bson filter, Bson sort) {
    return events.list(owner, filter, sort).stream().map(EventDocuments::fromDocument).toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return events.moveOwner(from, to);
  }
}
