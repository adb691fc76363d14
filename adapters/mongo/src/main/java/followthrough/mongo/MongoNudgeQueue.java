package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link NudgeQueue} in one collection per lane ({@code nudges_urgent}, {@code nudges_bulk}), one
 * document per nudge with the nudge id as {@code _id}, plus {@code nudge_subjects} for cancels. One
 * collection per lane keeps the urgent scan small, and on the embedded server, which locks a
 * collection for each operation, keeps urgent claims from waiting behind a bulk scan.
 *
 * <p>The embedded server (mongo-java-server) uses an index only for an equality filter on exactly
 * the keys of a unique index and scans the whole collection for any other filter. So:
 *
 * <ul>
 *   <li>{@link #claimable} reads one page of candidates (pending or claimed, {@code claimableAt <=
 *       now}, see {@link NudgeDocuments}) unsorted: on the embedded server that scan stops after
 *       {@code limit} matches, while a sort would read and sort the whole backlog for every page.
 *       The page is sorted by due time here; on a real MongoDB the index on {@code (status,
 *       claimableAt)} serves the query and returns the earliest ones of each status.
 *   <li>{@link #claim} is one {@code findOneAndUpdate} on {@code {_id, claimableAt}} (a unique
 *       index) that moves {@code claimableAt} to the lease end: of racing instances only the first
 *       finds the key it read, so one wins. The {@code claimableAt} of this object's listed
 *       candidates is remembered, so a claim is one round trip; else the nudge is read first.
 *   <li>{@link #sent}, {@link #retry}, {@link #giveUp}, {@link #cancel} and the replacing {@link
 *       #schedule} are swaps on the same key; each checks the nudge it replaced (held by this
 *       instance, or pending) and puts it back if not (see {@link NudgeLane}). An instance whose
 *       lease was taken over no longer has the key and changes nothing.
 * </ul>
 *
 * <p>No transactions or sessions. Instants are stored with millisecond precision. Finished nudges
 * stay in their collection (they keep a re-planned id from being sent again) until {@link
 * #purgeFinished} deletes old ones. Thread-safe; driver failures surface as unchecked {@code
 * MongoException}s.
 */
public final class MongoNudgeQueue implements NudgeQueue {

  /** How often a write that lost a race reads the nudge again before it counts as gone. */
  private static final int ATTEMPTS = 3;

  private static final Predicate<Document> PENDING = NudgeLane::isPending;

  private final Map<Lane, NudgeLane> lanes = new EnumMap<>(Lane.class);
  private final NudgeSubjects subjects;
  private final NudgeClaims claims;
  private final NudgePages pages;
  private final NudgeCancels cancels;

  /** Uses the nudge collections of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoNudgeQueue(MongoDatabase db) {
    for (Lane lane : Lane.values()) {
      lanes.put(lane, new NudgeLane(db, lane));
    }
    this.subjects = new NudgeSubjects(db);
    SeenNudges seen = new SeenNudges();
    this.claims = new NudgeClaims(lanes, seen);
    this.pages = new NudgePages(lanes, seen, claims);
    this.cancels = new NudgeCancels(lanes.values(), subjects);
  }

  /**
   * Remembers the id under its owner and subject, then inserts the nudge or replaces a pending one.
   *
   * @throws IllegalStateException when the stored nudge kept changing meanwhile
   */
  @Override
  public void schedule(Nudge nudge) {
    subjects.remember(nudge.owner(), nudge.subjectId(), nudge.id());
    NudgeLane lane = lanes.get(nudge.kind().lane());
    Document document = NudgeDocuments.toDocument(nudge);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (lane.insert(document)) {
        return;
      }
      Document stored = lane.find(nudge.id());
      if (stored != null && !PENDING.test(stored)) {
        return; // claimed, sent, cancelled or given up: it stays as it is
      }
      if (stored != null && lane.replace(stored, document, PENDING) != null) {
        return;
      }
    }
    throw new IllegalStateException("nudge " + nudge.id() + " kept changing while scheduled");
  }

  @Override
  public int cancel(UserId owner, String subjectId) {
    return cancels.cancel(owner, subjectId);
  }

  /**
   * Reads one unsorted page of candidates and sorts it by due time.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  @Override
  public List<String> claimable(Lane lane, Instant now, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    if (limit == 0) {
      return List.of(); // the driver reads a limit of 0 as "no limit"
    }
    return claims.claimable(lane, now, limit);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when {@code lease} is not positive
   */
  @Override
  public Optional<Nudge> claim(String id, String instance, Instant now, Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a lease must be positive");
    }
    return claims.claim(id, instance, now, lease);
  }

  /**
   * {@inheritDoc} The listed candidates of a page are claimed in one bulk write per lane.
   *
   * @throws IllegalArgumentException when {@code lease} is not positive
   */
  @Override
  public List<Nudge> claimAll(List<String> ids, String instance, Instant now, Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a lease must be positive");
    }
    return pages.claimAll(ids, instance, now, lease);
  }

  @Override
  public void sent(String id, String instance) {
    claims.sent(id, instance);
  }

  /** {@inheritDoc} The nudges this queue claimed are marked in one bulk write per lane. */
  @Override
  public void sentAll(List<String> ids, String instance) {
    pages.sentAll(ids, instance);
  }

  @Override
  public void dismiss(String id, String instance) {
    claims.dismiss(id, instance);
  }

  /** Deletes with one filter per lane; on the embedded server that scans the lane. */
  @Override
  public int purgeFinished(Instant dueBefore) {
    Bson finished =
        Filters.and(
            Filters.in(
                NudgeDocuments.STATUS,
                List.of(Status.SENT.name(), Status.CANCELLED.name(), Status.DEAD.name())),
            Filters.lt(NudgeDocuments.DUE_AT, BsonFields.bound(dueBefore)));
    long deleted = 0;
    for (NudgeLane lane : lanes.values()) {
      deleted += lane.deleteAll(finished);
    }
    return Math.toIntExact(deleted);
  }

  @Override
  public void retry(String id, String instance, Instant at) {
    claims.retry(id, instance, at);
  }

  @Override
  public void giveUp(String id, String instance) {
    claims.giveUp(id, instance);
  }
}
