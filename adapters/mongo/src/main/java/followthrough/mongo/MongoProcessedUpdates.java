package followthrough.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import followthrough.core.ports.ProcessedUpdates;
import org.bson.Document;

/**
 * {@link ProcessedUpdates} in the collection {@code processed_updates}: one document per update,
 * its {@code _id} the source and the id padded to 19 digits ({@code
 * telegram:42|0000000000000001000}), so that the unique {@code _id} index makes "first seen" one
 * atomic insert and forgetting old ids is a range delete on {@code _id} (the embedded server has no
 * TTL or capped collections). Thread-safe; driver failures surface as unchecked {@code
 * MongoException}s.
 */
public final class MongoProcessedUpdates implements ProcessedUpdates {

  static final String COLLECTION = "processed_updates";
  private static final String ID = "_id";
  private static final String SEPARATOR = "|";

  private final MongoCollection<Document> updates;

  /** Uses the collection {@code processed_updates} of {@code db}. */
  public MongoProcessedUpdates(MongoDatabase db) {
    this.updates = db.getCollection(COLLECTION);
  }

  @Override
  public boolean firstSeen(String source, long updateId) {
    Document document =
        new Document(ID, key(source, updateId)).append("source", source).append("id", updateId);
    try {
      updates.insertOne(document);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void forgetBefore(String source, long updateId) {
    updates.deleteMany(
        Filters.and(Filters.gte(ID, source + SEPARATOR), Filters.lt(ID, key(source, updateId))));
  }

  private static String key(String source, long updateId) {
    if (updateId < 0) {
      throw new IllegalArgumentException("negative update id " + updateId);
    }
    return source + SEPARATOR + String.format("%019d", updateId);
  }
}
