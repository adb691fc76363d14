package followthrough.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * {@link Checklists} in the collection {@code checklists}, one document per checklist with its id
 * as {@code _id} and its items inside. Every query, replace and delete filters by owner as well.
 * Thread-safe; an update replaces the whole document, so the last of two racing updates wins.
 * Driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoChecklists implements Checklists {

  static final String COLLECTION = "checklists";

  private final OwnedCollection checklists;

  /**
   * Uses the collection {@code checklists} of {@code db}; call {@link MongoSchema#ensure} first.
   */
  public MongoChecklists(MongoDatabase db) {
    this.checklists = new OwnedCollection(db.getCollection(COLLECTION));
  }

  @Override
  public boolean add(Checklist checklist) {
    return checklists.insertOnce(ChecklistDocuments.toDocument(checklist));
  }

  @Override
  public boolean update(Checklist checklist) {
    return checklists.replace(
        checklist.owner(), checklist.id(), ChecklistDocuments.toDocument(checklist));
  }

  @Override
  public Optional<Checklist> find(UserId owner, String id) {
    return checklists.find(owner, id).map(ChecklistDocuments::fromDocument);
  }

  @Override
  public List<Checklist> forContact(UserId owner, String contactId) {
    return list(
        owner,
        OwnedCollection.about(contactId),
        Sorts.descending(ChecklistDocuments.CREATED_AT, ChecklistDocuments.ID));
  }

  @Override
  public List<Checklist> open(UserId owner) {
    return list(
        owner,
        eq(ChecklistDocuments.COMPLETE, false),
        Sorts.ascending(ChecklistDocuments.LAST_PROGRESS_AT, ChecklistDocuments.ID));
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    checklists.deleteFor(owner, contactId);
  }

  private List<Checklist> list(UserId owner, Bson filter, Bson sort) {
    return checklists.list(owner, filter, sort).stream()
        .map(ChecklistDocuments::fromDocument)
        .toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return checklists.moveOwner(from, to);
  }
}
