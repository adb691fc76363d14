package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Kind;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.testkit.NudgeQueueContract;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoNudgeQueueIT extends NudgeQueueContract {

  private static final Duration LEASE = Duration.ofMinutes(2);

  private MongoDatabase db;

  @Override
  protected NudgeQueue newQueue() {
    db = TestMongo.freshSchema();
    return new MongoNudgeQueue(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }

  @Test
  void claimsAListedNudgeThatWasMovedEarlierAfterItWasListed() {
    // given
    queue.schedule(Nudge.pending("n1", ANNA, Kind.AGENDA, "agenda:2026-03-02", T0));
    queue.claimable(Lane.BULK, T0, 10);
    queue.schedule(Nudge.pending("n1", ANNA, Kind.AGENDA, "agenda:2026-03-02", T0.minusSeconds(5)));
    // when
    Optional<Nudge> claimed = queue.claim("n1", "a", T0, LEASE);
    // then
    assertThat(claimed).map(Nudge::dueAt).contains(T0.minusSeconds(5));
  }

  @Test
  void anotherQueueOnTheSameDatabaseMarksWhatItsInstanceClaimed() {
    // given
    queue.schedule(Nudge.pending("n1", ANNA, Kind.AGENDA, "agenda:2026-03-02", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    new MongoNudgeQueue(db).sent("n1", "a");
    // then
    assertThat(db.getCollection("nudges_bulk").find(new Document("_id", "n1")).first())
        .containsEntry("status", "SENT")
        .doesNotContainKeys("claimedBy", "leaseUntil");
  }

  @Test
  void aStaleHolderCannotMarkANudgeAnotherQueueRetriedAtTheEndOfItsOldLease() {
    // given: this queue remembers its claim's lease end, which the retry reuses as due time
    Instant expired = T0.plus(LEASE);
    queue.schedule(Nudge.pending("n1", ANNA, Kind.AGENDA, "agenda:2026-03-02", T0));
    queue.claim("n1", "a", T0, LEASE);
    NudgeQueue other = new MongoNudgeQueue(db);
    other.claim("n1", "b", expired, LEASE);
    other.retry("n1", "b", expired);
    // when
    queue.sent("n1", "a");
    // then
    assertThat(queue.claim("n1", "c", expired, LEASE)).map(Nudge::attempts).contains(1);
  }

  @Test
  void storesAPendingNudgeWithItsClaimableTime() {
    // when
    queue.schedule(Nudge.pending("n1", ANNA, Kind.MEETING_SOON, "meeting-1", T0));
    // then
    Document stored = db.getCollection("nudges_urgent").find(new Document("_id", "n1")).first();
    assertThat(stored).containsEntry("claimableAt", Date.from(T0));
    assertThat(NudgeDocuments.fromDocument(stored))
        .isEqualTo(Nudge.pending("n1", ANNA, Kind.MEETING_SOON, "meeting-1", T0));
  }
}
