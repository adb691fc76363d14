package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * {@link FollowUps} in the collection {@code follow_ups}, one document per follow-up with its id as
 * {@code _id}. Every query, replace and delete filters by owner as well, so no method ever returns,
 * changes or deletes another user's follow-up. Instants are stored with millisecond precision and
 * compared exactly with sub-millisecond bounds; follow-ups due at the same instant are listed in
 * ascending id order.
 *
 * <p>Thread-safe (the driver's collections are); an update replaces the whole document, so the last
 * of two racing updates wins. Driver failures (network, timeouts, server errors) surface as
 * unchecked {@code MongoException}s.
 */
public final class MongoFollowUps implements FollowUps {

  static final String COLLECTION = "follow_ups";

  private static final Bson EARLIEST_FIRST =
      Sorts.ascending(FollowUpDocuments.DUE_AT, FollowUpDocuments.ID);
  private static final Bson OPEN = eq(FollowUpDocuments.STATUS, FollowUp.Status.OPEN.name());

  private final OwnedCollection followUps;

  /**
   * Uses the collection {@code follow_ups} of {@code db}; call {@link MongoSchema#ensure} first.
   */
  public MongoFollowUps(MongoDatabase db) {
    this.followUps = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the follow-up; an id that exists already leaves the stored one as it is. */
  @Override
  public boolean add(FollowUp followUp) {
    return followUps.insertOnce(FollowUpDocuments.toDocument(followUp));
  }

  @Override
  public boolean update(FollowUp followUp) {
    return followUps.replace(
        followUp.owner(), followUp.id(), FollowUpDocuments.toDocument(followUp));
  }

  @Override
  public Optional<FollowUp> find(UserId owner, String id) {
    return followUps.find(owner, id).map(FollowUpDocuments::fromDocument);
  }

  @Override
  public List<FollowUp> openDueBefore(UserId owner, Instant until) {
    return list(owner, and(OPEN, lt(FollowUpDocuments.DUE_AT, BsonFields.bound(until))));
  }

  @Override
  public List<FollowUp> openFor(UserId owner, String contactId) {
    return list(owner, and(OwnedCollection.about(contactId), OPEN));
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    followUps.deleteFor(owner, contactId);
  }

  private List<FollowUp> list(UserId owner, Bson filter) {
    return followUps.list(owner, filter, EARLIEST_FIRST).stream()
        .map(FollowUpDocuments::fromDocument)
        .toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return followUps.moveOwner(from, to);
  }
}
