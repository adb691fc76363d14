package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.dialog.DialogState;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.RevisionConflictException;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link DialogStateStore} in the collection {@code dialog_states}, one document per conversation
 * with {@link ConversationKey#asId()} as {@code _id}.
 *
 * <p>Optimistic concurrency without transactions (the embedded server has no sessions): a state at
 * revision 0 is inserted, and the unique {@code _id} lets only one of two racing inserts win; a
 * state at revision r is written by a replace whose filter also requires {@code revision: r}, so a
 * single-document write decides which of two racing turns wins. Instants are stored with
 * millisecond precision. Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoDialogStateStore implements DialogStateStore {

  static final String COLLECTION = "dialog_states";

  private static final String CONFLICT = "dialog state changed meanwhile";

  private final MongoCollection<Document> states;

  /**
   * Uses the collection {@code dialog_states} of {@code db}; call {@link MongoSchema#ensure} first.
   */
  public MongoDialogStateStore(MongoDatabase db) {
    this.states = db.getCollection(COLLECTION);
  }

  @Override
  public Optional<DialogState> load(ConversationKey key) {
    Document found = states.find(byId(key)).first();
    return Optional.ofNullable(found).map(DialogStateDocuments::fromDocument);
  }

  @Override
  public DialogState save(DialogState state) {
    DialogState next = state.withRevision(state.revision() + 1);
    Document document = DialogStateDocuments.toDocument(next);
    if (state.revision() == 0) {
      insertNew(document);
    } else {
      Bson current = and(byId(state.key()), atRevision(state.revision()));
      if (states.replaceOne(current, document).getMatchedCount() == 0) {
        throw new RevisionConflictException(CONFLICT);
      }
    }
    return next;
  }

  @Override
  public void delete(ConversationKey key, long revision) {
    if (revision == 0) {
      // Stored states start at revision 1, so revision 0 means "there should be none".
      if (states.find(byId(key)).first() != null) {
        throw new RevisionConflictException(CONFLICT);
      }
      return;
    }
    if (states.deleteOne(and(byId(key), atRevision(revision))).getDeletedCount() == 0) {
      throw new RevisionConflictException(CONFLICT);
    }
  }

  @Override
  public int deleteExpired(Instant now) {
    Bson expired = lte(DialogStateDocuments.EXPIRES_AT, BsonFields.date(now));
    return Math.toIntExact(states.deleteMany(expired).getDeletedCount());
  }

  private void insertNew(Document document) {
    try {
      states.insertOne(document);
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        throw new RevisionConflictException(CONFLICT);
      }
      throw e;
    }
  }

  private static Bson byId(ConversationKey key) {
    return eq(DialogStateDocuments.ID, DialogStateDocuments.id(key));
  }

  private static Bson atRevision(long revision) {
    return eq(DialogStateDocuments.REVISION, revision);
  }
}
