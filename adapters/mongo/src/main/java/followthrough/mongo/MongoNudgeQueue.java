package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.DUE_AT;
import static followthrough.mongo.NudgeDocuments.ID;
import static followthrough.mongo.NudgeLane.ATTEMPTS;

import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * {@link NudgeQueue} in one collection per lane ({@code nudges_urgent}, {@code nudges_bulk}), one
 * document per nudge with the nudge id as {@code _id}, plus {@code nudge_subjects} for cancels. One
 * collection per lane keeps the urgent scan small, and on the embedded server, which locks a
 * collection for each operation, keeps urgent claims from waiting behind a bulk scan.
 *
 * <p>Every write that decides a race is a single-document write whose filter is exactly the keys of
 * a unique index, because the embedded server (mongo-java-server) uses an index only for such a
 * filter and scans the whole collection for any other:
 *
 * <ul>
 *   <li>{@link #claimable} reads one page of candidates, {@code claimableAt <= now} (see {@link
 *       NudgeDocuments}), unsorted: on the embedded server that scan stops after {@code limit}
 *       matches, while a sort would read and sort the whole backlog for every page. The page is
 *       sorted by due time here; on a real MongoDB the index on {@code claimableAt} yields the
 *       earliest first anyway.
 *   <li>{@link #claim} is a {@code findOneAndUpdate} on {@code {_id, claimableAt}}: it matches only
 *       while the nudge is as the candidate read saw it, claimable, so of racing instances one
 *       wins. The {@code claimableAt} of this object's listed candidates is remembered, so a claim
 *       is one round trip; without it, or when it is stale, the nudge is read by {@code _id} first.
 *   <li>{@link #sent}, {@link #retry} and {@link #giveUp} update on {@code {_id, claimedBy}}, so an
 *       instance whose lease was taken over changes nothing.
 *   <li>{@link #schedule} inserts, and on a taken id replaces the stored nudge on {@code {_id,
 *       claimableAt}} only while it is pending; {@link #cancel} does the same for each nudge it
 *       finds through {@link NudgeSubjects}.
 * </ul>
 *
 * <p>No transactions or sessions. Instants are stored with millisecond precision. Sent, cancelled
 * and given-up nudges stay in their collection (they keep a re-planned id from being sent again).
 * Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoNudgeQueue implements NudgeQueue {

  private static final Comparator<Document> EARLIEST_DUE =
      Comparator.comparing((Document d) -> d.getDate(DUE_AT)).thenComparing(d -> d.getString(ID));

  private final Map<Lane, NudgeLane> lanes = new EnumMap<>(Lane.class);
  private final NudgeSubjects subjects;
  private final SeenNudges seen = new SeenNudges();

  /** Uses the nudge collections of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoNudgeQueue(MongoDatabase db) {
    for (Lane lane : Lane.values()) {
      lanes.put(lane, new NudgeLane(db, lane));
    }
    this.subjects = new NudgeSubjects(db);
  }

  /**
   * Remembers the id under its owner and subject, then inserts the nudge or replaces a pending one.
   *
   * @throws IllegalStateException when the stored nudge kept changing (it is claimed and released
   *     again and again meanwhile)
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
      if (stored != null && !NudgeLane.isPending(stored)) {
        return; // claimed, sent, cancelled or given up: it stays as it is
      }
      if (stored != null && lane.replaceIfUnchanged(stored, document)) {
        return;
      }
    }
    throw new IllegalStateException("nudge " + nudge.id() + " kept changing while scheduled");
  }

  @Override
  public int cancel(UserId owner, String subjectId) {
    List<String> ids = subjects.nudgeIds(owner, subjectId);
    if (ids.isEmpty()) {
      return 0;
    }
    int cancelled = 0;
    List<String> doneWith = new ArrayList<>();
    for (NudgeLane lane : lanes.values()) {
      for (Document stored : lane.findAll(ids)) {
        if (!owner.value().equals(stored.get(NudgeDocuments.OWNER))) {
          continue;
        }
        boolean cancelledNow = lane.cancelIfPending(stored);
        cancelled += cancelledNow ? 1 : 0;
        if (cancelledNow || !stored.containsKey(CLAIMABLE_AT)) {
          doneWith.add(stored.getString(ID)); // a claimed one stays: a retry may bring it back
        }
      }
    }
    subjects.forget(owner, subjectId, doneWith);
    return cancelled;
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
    List<Document> page = lanes.get(lane).candidates(now, limit);
    page.sort(EARLIEST_DUE);
    List<String> ids = new ArrayList<>(page.size());
    for (Document candidate : page) {
      String id = candidate.getString(ID);
      seen.candidate(id, lane, candidate.getDate(CLAIMABLE_AT));
      ids.add(id);
    }
    return ids;
  }

  @Override
  public Optional<Nudge> claim(String id, String instance, Instant now, Duration lease) {
    Date until = date(now.plus(lease));
    SeenNudges.Candidate listed = seen.takeCandidate(id);
    if (listed != null && !listed.claimableAt().after(date(now))) {
      Optional<Nudge> claimed = claim(listed.lane(), id, listed.claimableAt(), instance, until);
      if (claimed.isPresent()) {
        return claimed;
      }
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      SeenNudges.Stored stored = find(id);
      Date at = stored == null ? null : stored.document().getDate(CLAIMABLE_AT);
      if (stored == null || at == null || at.after(date(now))) {
        return Optional.empty(); // gone, not due yet, done with, or held under a live lease
      }
      Optional<Nudge> claimed = claim(stored.lane(), id, at, instance, until);
      if (claimed.isPresent()) {
        return claimed;
      }
    }
    return Optional.empty();
  }

  @Override
  public void sent(String id, String instance) {
    release(id, lane -> lane.end(id, instance, Status.SENT));
  }

  @Override
  public void retry(String id, String instance, Instant at) {
    release(id, lane -> lane.retry(id, instance, at));
  }

  @Override
  public void giveUp(String id, String instance) {
    release(id, lane -> lane.end(id, instance, Status.DEAD));
  }

  private Optional<Nudge> claim(Lane lane, String id, Date at, String instance, Date until) {
    Document claimed = lanes.get(lane).claim(id, at, instance, until);
    if (claimed == null) {
      return Optional.empty();
    }
    seen.held(id, lane);
    return Optional.of(NudgeDocuments.fromDocument(claimed));
  }

  /** Tries {@code write} in the lane this queue claimed the nudge in, then in the others. */
  private void release(String id, Predicate<NudgeLane> write) {
    for (Lane lane : SeenNudges.knownFirst(seen.takeHeld(id))) {
      if (write.test(lanes.get(lane))) {
        return;
      }
    }
  }

  private SeenNudges.@Nullable Stored find(String id) {
    for (NudgeLane lane : lanes.values()) {
      Document stored = lane.find(id);
      if (stored != null) {
        return new SeenNudges.Stored(lane.lane(), stored);
      }
    }
    return null;
  }
}
