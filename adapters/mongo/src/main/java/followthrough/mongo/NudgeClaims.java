package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.CLAIMED_BY;
import static followthrough.mongo.NudgeDocuments.DUE_AT;
import static followthrough.mongo.NudgeDocuments.ID;
import static followthrough.mongo.NudgeDocuments.LEASE_UNTIL;

import com.mongodb.client.model.Updates;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The dispatch side of {@link MongoNudgeQueue}: candidate pages, claims, and the holder's writes
 * (sent, retry, give up). It remembers what its pages listed and what it claimed ({@link
 * SeenNudges}), so that a claim and a holder's write are one round trip each; without that memory
 * (a claim by id alone, a write after a restart) the nudge is read by {@code _id} first.
 * Thread-safe.
 */
final class NudgeClaims {

  /** How often a claim that lost a race reads the nudge again before it counts as gone. */
  private static final int ATTEMPTS = 3;

  private static final Comparator<Document> EARLIEST_DUE =
      Comparator.comparing((Document d) -> d.getDate(DUE_AT)).thenComparing(d -> d.getString(ID));
  private static final Bson UNSET_CLAIM =
      Updates.combine(Updates.unset(CLAIMED_BY), Updates.unset(LEASE_UNTIL));
  static final Bson SENT = Updates.combine(status(Status.SENT), UNSET_CLAIM);

  private final Map<Lane, NudgeLane> lanes;
  private final SeenNudges seen;

  NudgeClaims(Map<Lane, NudgeLane> lanes, SeenNudges seen) {
    this.lanes = lanes;
    this.seen = seen;
  }

  /** One unsorted page of candidates, sorted by due time. */
  List<String> claimable(Lane lane, Instant now, int limit) {
    List<Document> page = lanes.get(lane).candidates(now, limit);
    page.sort(EARLIEST_DUE);
    List<String> ids = new ArrayList<>(page.size());
    for (Document candidate : page) {
      String id = candidate.getString(ID);
      seen.candidate(id, lane, candidate);
      ids.add(id);
    }
    return ids;
  }

  Optional<Nudge> claim(String id, String instance, Instant now, Duration lease) {
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
      if (stored == null
          || !NudgeLane.isClaimable(stored.document())
          || stored.document().getDate(CLAIMABLE_AT).after(date(now))) {
        return Optional.empty(); // gone, not due yet, finished, or held under a live lease
      }
      Date key = stored.document().getDate(CLAIMABLE_AT);
      Optional<Nudge> claimed = claim(stored.lane(), id, key, instance, until);
      if (claimed.isPresent()) {
        return claimed;
      }
    }
    return Optional.empty();
  }

  void sent(String id, String instance) {
    release(id, instance, SENT, null);
  }

  void retry(String id, String instance, Instant at) {
    Bson retry =
        Updates.combine(
            status(Status.PENDING),
            Updates.set(DUE_AT, date(at)),
            Updates.set(CLAIMABLE_AT, date(at)),
            Updates.inc(NudgeDocuments.ATTEMPTS, 1),
            UNSET_CLAIM);
    release(id, instance, retry, date(at));
  }

  void giveUp(String id, String instance) {
    release(id, instance, Updates.combine(status(Status.DEAD), UNSET_CLAIM), null);
  }

  void dismiss(String id, String instance) {
    release(id, instance, Updates.combine(status(Status.CANCELLED), UNSET_CLAIM), null);
  }

  private Optional<Nudge> claim(Lane lane, String id, Date key, String instance, Date until) {
    Bson claim = claimUpdate(instance, until);
    Document before = lanes.get(lane).swap(id, key, claim, until, NudgeLane::isClaimable);
    if (before == null) {
      return Optional.empty();
    }
    seen.held(id, new SeenNudges.Held(lane, instance, until));
    return Optional.of(claimedAs(NudgeDocuments.fromDocument(before), instance, until));
  }

  static Bson claimUpdate(String instance, Date until) {
    return Updates.combine(
        status(Status.CLAIMED),
        Updates.set(CLAIMED_BY, instance),
        Updates.set(LEASE_UNTIL, until),
        Updates.set(CLAIMABLE_AT, until));
  }

  static Nudge claimedAs(Nudge was, String instance, Date until) {
    return new Nudge(
        was.id(),
        was.owner(),
        was.kind(),
        was.subjectId(),
        was.dueAt(),
        Status.CLAIMED,
        was.attempts(),
        instance,
        until.toInstant());
  }

  /**
   * Applies {@code update} to a nudge {@code instance} holds: on the key of this queue's claim if
   * it made it, else on the key read now. {@code newKey} is the new {@code claimableAt}, or null
   * when the update keeps it.
   */
  private void release(String id, String instance, Bson update, @Nullable Date newKey) {
    Predicate<Document> held =
        d -> NudgeLane.hasStatus(d, Status.CLAIMED) && instance.equals(d.get(CLAIMED_BY));
    SeenNudges.Held claim = seen.takeHeld(id, instance);
    if (claim != null) {
      Date key = claim.leaseUntil();
      NudgeLane lane = lanes.get(claim.lane());
      if (lane.swap(id, key, update, newKey == null ? key : newKey, held) != null) {
        return;
      }
    }
    SeenNudges.Stored stored = find(id);
    if (stored != null && held.test(stored.document())) {
      Date key = stored.document().getDate(CLAIMABLE_AT);
      lanes.get(stored.lane()).swap(id, key, update, newKey == null ? key : newKey, held);
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

  static Bson status(Status status) {
    return Updates.set(NudgeDocuments.STATUS, status.name());
  }
}
