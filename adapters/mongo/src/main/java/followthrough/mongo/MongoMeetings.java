package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * {@link Meetings} in the collection {@code meetings}, one document per meeting with its id as
 * {@code _id}. Every query, replace and delete filters by owner as well, so no method ever returns,
 * changes or deletes another user's meeting. Instants are stored with millisecond precision and
 * compared exactly with sub-millisecond bounds; meetings at the same instant are listed in id order
 * (descending when the newest come first).
 *
 * <p>Thread-safe (the driver's collections are); an update replaces the whole document, so the last
 * of two racing updates wins. Driver failures (network, timeouts, server errors) surface as
 * unchecked {@code MongoException}s.
 */
public final class MongoMeetings implements Meetings {

  static final String COLLECTION = "meetings";

  private final OwnedCollection meetings;

  /** Uses the collection {@code meetings} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoMeetings(MongoDatabase db) {
    this.meetings = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the meeting; an id that exists already leaves the stored one as it is. */
  @Override
  public boolean add(Meeting meeting) {
    return meetings.insertOnce(MeetingDocuments.toDocument(meeting));
  }

  @Override
  public boolean update(Meeting meeting) {
    return meetings.replace(meeting.owner(), meeting.id(), MeetingDocuments.toDocument(meeting));
  }

  @Override
  public Optional<Meeting> find(UserId owner, String id) {
    return meetings.find(owner, id).map(MeetingDocuments::fromDocument);
  }

  @Override
  public List<Meeting> forContact(UserId owner, String contactId) {
    return list(
        owner,
        OwnedCollection.about(contactId),
        Sorts.descending(MeetingDocuments.AT, MeetingDocuments.ID));
  }

  @Override
  public List<Meeting> between(UserId owner, Instant from, Instant until) {
    Bson window =
        and(
            gte(MeetingDocuments.AT, BsonFields.bound(from)),
            lt(MeetingDocuments.AT, BsonFields.bound(until)));
    return list(owner, window, Sorts.ascending(MeetingDocuments.AT, MeetingDocuments.ID));
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    meetings.deleteFor(owner, contactId);
  }

  private List<Meeting> list(UserId owner, Bson filter, Bson sort) {
    return meetings.list(owner, filter, sort).stream().map(MeetingDocuments::fromDocument).toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return meetings.moveOwner(from, to);
  }
}
