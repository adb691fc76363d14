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
import org.bson.conversions.Bson;

/**
 * Creates the collections and indexes the {@code Mongo*} stores use. Called once at every start,
 * before the stores serve requests; idempotent, so existing collections and indexes are left as
 * they are. Not meant to run concurrently with itself against the same database from one process
 * (two processes racing are tolerated: "collection exists" is ignored).
 *
 * <p>Insert-once semantics rest on the unique {@code _id} index every collection has anyway. The
 * other indexes are non-unique and all lead with {@code owner}, since every query filters by it: on
 * a real MongoDB they serve the owner's contact search, the lists by contact, the due follow-ups
 * and the meetings in a time window, and the expiry cleanup. On the embedded server
 * (mongo-java-server) non-unique indexes are accepted and listed but are no-ops, so queries there
 * scan the collection; that is fine for one user's data. There is no TTL index: the embedded server
 * never expires documents, so a scheduled job calls {@link MongoDialogStateStore#deleteExpired}.
 *
 * <p>The team collections are keyed for the embedded server: members, invites, activity facts and
 * digest claims by {@code _id}; the silence watch by {@code <day>/<slot>} ids read with {@code $in}
 * (see {@link MongoSilenceWatch}). {@code team_members} also gets {@code sponsor_joinedAt} and
 * {@code lineage} (multikey) for a real MongoDB (first line, a leader's whole line).
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
          MongoTouches.COLLECTION,
          MongoOrders.COLLECTION,
          MongoFollowUps.COLLECTION,
          MongoMeetings.COLLECTION,
          NudgeDocuments.URGENT_COLLECTION,
          NudgeDocuments.BULK_COLLECTION,
          NudgeSubjects.COLLECTION,
          MongoTeamChannels.COLLECTION,
          MongoTeam.COLLECTION,
          MongoInvites.COLLECTION,
          MongoActivity.COLLECTION,
          MongoSilenceWatch.COLLECTION,
          MongoDigestLog.COLLECTION,
          MongoChecklists.COLLECTION,
          MongoChecklistTemplates.COLLECTION,
          MongoEvents.COLLECTION,
          MongoProcessedUpdates.COLLECTION,
          MongoLinkedAccounts.LINKS,
          MongoLinkedAccounts.CODES,
          MongoLeaderRoles.COLLECTION);

  /** MongoDB's error code for "collection already exists" (NamespaceExists). */
  private static final int NAMESPACE_EXISTS = 48;

  private static final String OWNER = OwnedCollection.OWNER;
  private static final String CONTACT_ID = OwnedCollection.CONTACT_ID;

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
    createIndexes(db);
  }

  private static void createIndexes(MongoDatabase db) {
    index(db, MongoContacts.COLLECTION, "owner_nameKey", OWNER, ContactDocuments.NAME_KEY);
    index(db, MongoDialogStateStore.COLLECTION, "expiresAt", DialogStateDocuments.EXPIRES_AT);
    byContactNewestFirst(db, MongoTouches.COLLECTION, TouchDocuments.AT);
    byContactNewestFirst(db, MongoOrders.COLLECTION, OrderDocuments.AT);
    index(db, MongoOrders.COLLECTION, "owner_at", ownerThenNewest(OrderDocuments.AT));
    String followUps = MongoFollowUps.COLLECTION;
    String dueAt = FollowUpDocuments.DUE_AT;
    index(db, followUps, "owner_status_dueAt", OWNER, FollowUpDocuments.STATUS, dueAt);
    index(db, followUps, "owner_contactId_dueAt", OWNER, CONTACT_ID, dueAt);
    byContactNewestFirst(db, MongoMeetings.COLLECTION, MeetingDocuments.AT);
    index(db, MongoMeetings.COLLECTION, "owner_at", OWNER, MeetingDocuments.AT);
    index(db, MongoTeam.COLLECTION, "sponsor_joinedAt", MongoTeam.SPONSOR, MongoTeam.JOINED_AT);
    index(db, MongoTeam.COLLECTION, "lineage", MongoTeam.LINEAGE);
    index(db, MongoChecklists.COLLECTION, "owner_contactId", OWNER, CONTACT_ID);
    index(db, MongoEvents.COLLECTION, "owner_at", OWNER, EventDocuments.AT);
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

  /** {@code {owner: 1, contactId: 1, <at>: -1}}, named {@code owner_contactId_<at>}. */
  private static void byContactNewestFirst(MongoDatabase db, String collection, String at) {
    Bson keys = Indexes.compoundIndex(Indexes.ascending(OWNER, CONTACT_ID), Indexes.descending(at));
    index(db, collection, "owner_contactId_" + at, keys);
  }

  private static Bson ownerThenNewest(String at) {
    return Indexes.compoundIndex(Indexes.ascending(OWNER), Indexes.descending(at));
  }

  private static void index(MongoDatabase db, String collection, String name, String... fields) {
    index(db, collection, name, Indexes.ascending(fields));
  }

  private static void index(MongoDatabase db, String collection, String name, Bson keys) {
    db.getCollection(collection).createIndex(keys, new IndexOptions().name(name));
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
