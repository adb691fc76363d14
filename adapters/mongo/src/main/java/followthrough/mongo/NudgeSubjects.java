package followthrough.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import followthrough.core.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The ids of the nudges about each owner's subject, in the collection {@code nudge_subjects}: one
 * document per owner and subject, its {@code _id} being {@code {owner, subjectId}}. It lets a
 * cancel find its nudges by unique keys, where a query by owner and subject would scan every nudge
 * on the embedded server (which serves no secondary index) while a user waits for the reply.
 *
 * <p>An id is remembered before its nudge is written, so every stored nudge is listed; an id whose
 * nudge was never written (a failed schedule) is harmless. Thread-safe.
 */
final class NudgeSubjects {

  static final String COLLECTION = "nudge_subjects";

  static final String ID = "_id";
  static final String OWNER = "owner";
  static final String SUBJECT_ID = "subjectId";
  static final String NUDGE_IDS = "nudgeIds";

  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final MongoCollection<Document> subjects;

  NudgeSubjects(MongoDatabase db) {
    this.subjects = db.getCollection(COLLECTION);
  }

  void remember(UserId owner, String subjectId, String nudgeId) {
    subjects.updateOne(byKey(owner, subjectId), Updates.addToSet(NUDGE_IDS, nudgeId), UPSERT);
  }

  List<String> nudgeIds(UserId owner, String subjectId) {
    Document found = subjects.find(byKey(owner, subjectId)).first();
    return found == null ? List.of() : found.getList(NUDGE_IDS, String.class, List.of());
  }

  /** Forgets ids whose nudges are done with, so the list holds mostly live ones. */
  void forget(UserId owner, String subjectId, Collection<String> nudgeIds) {
    if (!nudgeIds.isEmpty()) {
      subjects.updateOne(
          byKey(owner, subjectId), Updates.pullAll(NUDGE_IDS, List.copyOf(nudgeIds)));
    }
  }

  private static Bson byKey(UserId owner, String subjectId) {
    return eq(ID, new Document(OWNER, owner.value()).append(SUBJECT_ID, subjectId));
  }
}
