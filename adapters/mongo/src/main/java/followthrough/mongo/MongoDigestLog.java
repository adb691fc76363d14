package followthrough.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.DigestLog;
import java.time.LocalDate;
import org.bson.Document;

/**
 * {@link DigestLog} in the collection {@code team_digests}: a claim inserts {@code _id} {@code
 * <server>/<week>}, which the unique {@code _id} lets succeed once. Thread-safe.
 */
public final class MongoDigestLog implements DigestLog {

  static final String COLLECTION = "team_digests";

  private final MongoCollection<Document> digests;

  /** Uses the collection {@code team_digests} of {@code db}. */
  public MongoDigestLog(MongoDatabase db) {
    this.digests = db.getCollection(COLLECTION);
  }

  @Override
  public boolean claim(String serverId, LocalDate week) {
    try {
      digests.insertOne(new Document("_id", serverId + "/" + week));
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }
}
