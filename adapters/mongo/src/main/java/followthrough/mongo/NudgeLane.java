package followthrough.mongo;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.CLAIMED_BY;
import static followthrough.mongo.NudgeDocuments.DUE_AT;
import static followthrough.mongo.NudgeDocuments.ID;
import static followthrough.mongo.NudgeDocuments.LEASE_UNTIL;
import static followthrough.mongo.NudgeDocuments.STATUS;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The reads and single-document writes on one lane's collection. Each write's filter is exactly the
 * keys of a unique index ({@code _id}, {@code {_id, claimableAt}} or {@code {_id, claimedBy}}), the
 * only filters the embedded server serves without scanning; the one scan is {@link #candidates}.
 * Thread-safe.
 */
final class NudgeLane {

  /** How often a write that lost a race is tried again before the nudge counts as gone. */
  static final int ATTEMPTS = 3;

  private static final FindOneAndUpdateOptions RETURN_AFTER =
      new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
  private static final Bson UNSET_CLAIM =
      Updates.combine(Updates.unset(CLAIMED_BY), Updates.unset(LEASE_UNTIL));

  private final Lane lane;
  private final MongoCollection<Document> nudges;

  NudgeLane(MongoDatabase db, Lane lane) {
    this.lane = lane;
    this.nudges = db.getCollection(NudgeDocuments.collection(lane));
  }

  Lane lane() {
    return lane;
  }

  /** Inserts a new nudge; false when its id is taken. */
  boolean insert(Document document) {
    try {
      nudges.insertOne(document);
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Nullable Document find(String id) {
    return nudges.find(new Document(ID, id)).first();
  }

  List<Document> findAll(List<String> ids) {
    return nudges.find(in(ID, ids)).into(new ArrayList<>());
  }

  /** Replaces the stored nudge if it is still as read; false when it changed meanwhile. */
  boolean replaceIfUnchanged(Document stored, Document replacement) {
    return nudges.replaceOne(sameClaimableAt(stored), replacement).getMatchedCount() > 0;
  }

  /** Cancels the stored nudge if it is pending, reading it again when it changed meanwhile. */
  boolean cancelIfPending(Document stored) {
    Bson cancel = Updates.combine(status(Status.CANCELLED), Updates.unset(CLAIMABLE_AT));
    Document current = stored;
    for (int attempt = 0; attempt < ATTEMPTS && current != null; attempt++) {
      if (!isPending(current)) {
        return false;
      }
      if (nudges.updateOne(sameClaimableAt(current), cancel).getMatchedCount() > 0) {
        return true;
      }
      current = find(current.getString(ID));
    }
    return false;
  }

  /**
   * Up to {@code limit} nudges with {@code claimableAt <= now}, unsorted, as {@code {_id, dueAt,
   * claimableAt}}: on the embedded server the scan stops after {@code limit} matches.
   */
  List<Document> candidates(Instant now, int limit) {
    return nudges
        .find(lte(CLAIMABLE_AT, date(now)))
        .projection(Projections.include(ID, DUE_AT, CLAIMABLE_AT))
        .limit(limit)
        .batchSize(limit)
        .into(new ArrayList<>());
  }

  /** Claims the nudge if its {@code claimableAt} is still {@code at}; null when it is not. */
  @Nullable Document claim(String id, Date at, String instance, Date until) {
    Bson claim =
        Updates.combine(
            status(Status.CLAIMED),
            Updates.set(CLAIMED_BY, instance),
            Updates.set(LEASE_UNTIL, until),
            Updates.set(CLAIMABLE_AT, until));
    return nudges.findOneAndUpdate(NudgeDocuments.claimableAt(id, at), claim, RETURN_AFTER);
  }

  /** Ends the nudge in {@code status} if {@code instance} holds it; false when it does not. */
  boolean end(String id, String instance, Status status) {
    Bson end = Updates.combine(status(status), UNSET_CLAIM, Updates.unset(CLAIMABLE_AT));
    return updateHeld(id, instance, end);
  }

  /** Makes the nudge pending again, due at {@code at}, if {@code instance} holds it. */
  boolean retry(String id, String instance, Instant at) {
    Bson retry =
        Updates.combine(
            status(Status.PENDING),
            Updates.set(DUE_AT, date(at)),
            Updates.set(CLAIMABLE_AT, date(at)),
            Updates.inc(NudgeDocuments.ATTEMPTS, 1),
            UNSET_CLAIM);
    return updateHeld(id, instance, retry);
  }

  static boolean isPending(Document stored) {
    return Status.PENDING.name().equals(stored.get(STATUS));
  }

  private boolean updateHeld(String id, String instance, Bson update) {
    return nudges.updateOne(NudgeDocuments.heldBy(id, instance), update).getMatchedCount() > 0;
  }

  private static Document sameClaimableAt(Document stored) {
    return NudgeDocuments.claimableAt(stored.getString(ID), stored.getDate(CLAIMABLE_AT));
  }

  private static Bson status(Status status) {
    return Updates.set(STATUS, status.name());
  }
}
