package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.user.UserId;
import followthrough.core.scheduling.Nudge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Fills the nudge collections with a backlog of due nudges in bulk, as {@link MongoNudgeQueue}
 * would store them, for tests and the benchmark (scheduling one at a time would take minutes).
 * Every tenth nudge is urgent; ids are random-looking, like the planner's hashed ids.
 */
public final class NudgeBacklog {

  private static final int BATCH = 1000;

  private NudgeBacklog() {}

  /** Inserts {@code count} pending nudges due at {@code dueAt} and returns them. */
  public static List<Nudge> fill(MongoDatabase db, int count, Instant dueAt) {
    List<Nudge> nudges = new ArrayList<>(count);
    List<Document> urgent = new ArrayList<>();
    List<Document> bulk = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Nudge nudge = nudge(i, dueAt);
      nudges.add(nudge);
      List<Document> batch = nudge.kind().lane() == Nudge.Lane.URGENT ? urgent : bulk;
      batch.add(NudgeDocuments.toDocument(nudge));
      if (batch.size() == BATCH) {
        insert(db, nudge.kind().lane(), batch);
      }
    }
    insert(db, Nudge.Lane.URGENT, urgent);
    insert(db, Nudge.Lane.BULK, bulk);
    return nudges;
  }

  private static Nudge nudge(int i, Instant dueAt) {
    String id = UUID.nameUUIDFromBytes(("nudge-" + i).getBytes()).toString();
    UserId owner = new UserId("telegram:" + (100_000 + i % 5_000));
    if (i % 10 == 0) {
      return Nudge.pending(id, owner, Nudge.Kind.MEETING_SOON, "meeting-" + i, dueAt);
    }
    return Nudge.pending(id, owner, Nudge.Kind.AGENDA, "agenda:2026-03-02", dueAt);
  }

  private static void insert(MongoDatabase db, Nudge.Lane lane, List<Document> batch) {
    if (!batch.isEmpty()) {
      db.getCollection(NudgeDocuments.collection(lane)).insertMany(batch);
      batch.clear();
    }
  }
}
