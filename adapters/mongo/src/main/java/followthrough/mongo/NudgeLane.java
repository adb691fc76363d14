package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.ID;
import static followthrough.mongo.NudgeDocuments.STATUS;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The reads and single-document writes on one lane's collection. Every write is a compare-and-swap
 * on {@code {_id, claimableAt}}, exactly the keys of a unique index, the only kind of filter the
 * embedded server serves without scanning; the one scan is {@link #candidates}.
 *
 * <p>A finished nudge keeps its last {@code claimableAt} (on the embedded server, changing an
 * indexed key costs about as much as the rest of the write, and marking sent is the hot path), so a
 * swap can hit a document it did not mean, for example a nudge its stale holder marked sent just
 * before. Every swap therefore returns the document as it was, checks it, and puts it back when it
 * was not the wanted one; that undo is a swap on the new key, which only this caller can hold.
 * Thread-safe.
 */
final class NudgeLane {

  private static final FindOneAndUpdateOptions RETURN_BEFORE =
      new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
  private static final FindOneAndReplaceOptions REPLACE_RETURN_BEFORE =
      new FindOneAndReplaceOptions().returnDocument(ReturnDocument.BEFORE);
  private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
  private static final Bson CLAIMABLE =
      in(STATUS, List.of(Status.PENDING.name(), Status.CLAIMED.name()));

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

  /**
   * Up to {@code limit} pending or claimed nudges with {@code claimableAt <= now}, unsorted, whole
   * (a page claimed at once is built from them without reading again): on the embedded server the
   * scan stops after {@code limit} matches.
   */
  List<Document> candidates(Instant now, int limit) {
    return nudges
        .find(and(lte(CLAIMABLE_AT, date(now)), CLAIMABLE))
        .limit(limit)
        .batchSize(limit)
        .into(new ArrayList<>());
  }

  /**
   * Applies {@code update} if the nudge's {@code claimableAt} is still {@code key} and the nudge as
   * it was is {@code wanted}; {@code keyAfter} is its {@code claimableAt} after the update.
   *
   * @return the nudge as it was before the update, or null when nothing was changed
   */
  @Nullable Document swap(
      String id, Date key, Bson update, Date keyAfter, Predicate<Document> wanted) {
    Document before = nudges.findOneAndUpdate(byKey(id, key), update, RETURN_BEFORE);
    return wantedOrUndone(before, id, keyAfter, wanted);
  }

  /**
   * Applies {@code update} to each nudge whose {@code claimableAt} is still the key given for its
   * id, in one unordered bulk write, without looking at what it changed (callers make sure that a
   * document with such a key can only be the one they mean, or read the nudges afterwards).
   *
   * @return how many nudges matched their key
   */
  int swapAll(Map<String, Date> keys, Bson update) {
    if (keys.isEmpty()) {
      return 0;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(keys.size());
    keys.forEach((id, key) -> writes.add(new UpdateOneModel<>(byKey(id, key), update)));
    return nudges.bulkWrite(writes, UNORDERED).getMatchedCount();
  }

  /** Deletes the nudges matching {@code filter}; returns how many. */
  long deleteAll(Bson filter) {
    return nudges.deleteMany(filter).getDeletedCount();
  }

  /** Like {@link #swap}, replacing the whole document. */
  @Nullable Document replace(Document stored, Document replacement, Predicate<Document> wanted) {
    String id = stored.getString(ID);
    Document before =
        nudges.findOneAndReplace(
            byKey(id, stored.getDate(CLAIMABLE_AT)), replacement, REPLACE_RETURN_BEFORE);
    return wantedOrUndone(before, id, replacement.getDate(CLAIMABLE_AT), wanted);
  }

  static boolean hasStatus(Document stored, Status status) {
    return status.name().equals(stored.get(STATUS));
  }

  static boolean isPending(Document stored) {
    return hasStatus(stored, Status.PENDING);
  }

  /** Pending or claimed: {@code claimableAt} says from when. */
  static boolean isClaimable(Document stored) {
    return isPending(stored) || hasStatus(stored, Status.CLAIMED);
  }

  private @Nullable Document wantedOrUndone(
      @Nullable Document before, String id, Date keyAfter, Predicate<Document> wanted) {
    if (before == null || wanted.test(before)) {
      return before;
    }
    nudges.replaceOne(byKey(id, keyAfter), before);
    return null;
  }

  private static Document byKey(String id, Date claimableAt) {
    return new Document(ID, id).append(CLAIMABLE_AT, claimableAt);
  }
}
