package followthrough.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Creates the collections and indexes the {@code Mongo*} stores use. Called once at every start,
 * before the stores serve requests; idempotent, so existing collections and indexes are left as
 * they are. Not meant to run concurrently with itself against the same database from one process
 * (two processes racing are tolerated: "collection exists" is ignored).
 *
 * <p>On the embedded server (mongo-java-server) non-unique indexes are accepted and listed but are
 * no-ops, so queries there scan the collection; that is fine for one user's data. On a real MongoDB
 * they serve the owner's contact search and the expiry cleanup. There is no TTL index: the embedded
 * server never expires documents, so a scheduled job calls {@link
 * MongoDialogStateStore#deleteExpired}.
 *
 * <p>The nudge collections get a unique index on {@code {_id, claimableAt}}: unique trivially (it
 * starts with {@code _id}), it exists so that every write of a nudge, a compare-and-swap on those
 * keys, is an index lookup on the embedded server too (see {@link MongoNudgeQueue}).
 */
public final class MongoSchema {

  static final List<String> COLLECTIONS =
      List.of(
          MongoContacts.COLLECTION,
          MongoDialogStateStore.COLLECTION,
          MongoUserProfiles.COLLECTION,
          NudgeDocuments.URGENT_COLLECTION,
          NudgeDocuments.BULK_COLLECTION,
          NudgeSubjects.COLLECTION);

  /** MongoDB's error code for "collection already exists" (NamespaceExists). */
  private static final int NAMESPACE_EXISTS = 48;

  private MongoSchema() {}

  /**
   * Creates what is missing.
   *
   * @throws com.mongodb.MongoException when the database cannot be reached or refuses a change
   */
  public static void ensure(MongoDatabase db) {
    Set<String> existing = db.listCollectionNames().into(new HashSet<>());
    for (String collection : COLLECTIONS) {
      if (!existing.contains(collection)) {
        createCollection(db, collection);
      }
    }
    db.getCollection(MongoContacts.COLLECTION)
        .createIndex(
            Indexes.ascending(ContactDocuments.OWNER, ContactDocuments.NAME_KEY),
            new IndexOptions().name("owner_nameKey"));
    db.getCollection(MongoDialogStateStore.COLLECTION)
        .createIndex(
            Indexes.ascending(DialogStateDocuments.EXPIRES_AT),
            new IndexOptions().name("expiresAt"));
    for (String lane : List.of(NudgeDocuments.URGENT_COLLECTION, NudgeDocuments.BULK_COLLECTION)) {
      ensureNudgeIndexes(db.getCollection(lane));
    }
  }

  /**
   * Every write of a nudge filters on exactly the keys of {@code claim}, which the embedded server
   * serves; {@code status_claimableAt} serves the candidate query on a real MongoDB only.
   */
  private static void ensureNudgeIndexes(MongoCollection<Document> nudges) {
    nudges.createIndex(
        Indexes.ascending(NudgeDocuments.ID, NudgeDocuments.CLAIMABLE_AT),
        new IndexOptions().name("claim").unique(true));
    nudges.createIndex(
        Indexes.ascending(NudgeDocuments.STATUS, NudgeDocuments.CLAIMABLE_AT),
        new IndexOptions().name("status_claimableAt"));
  }

  private static void createCollection(MongoDatabase db, String collection) {
    try {
      db.createCollection(collection);
    } catch (MongoCommandException e) {
      // Another instance created it between our listing and now: that is what we wanted.
      if (e.getErrorCode() != NAMESPACE_EXISTS) {
        throw e;
      }
    }
  }
}
