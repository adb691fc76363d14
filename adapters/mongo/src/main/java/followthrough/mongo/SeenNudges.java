package followthrough.mongo;

import followthrough.core.scheduling.Nudge.Lane;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link MongoNudgeQueue} remembers between calls, to save round trips: the lane and
 * {@code claimableAt} of the candidates its pages listed, and the lane, instance and lease end of
 * the nudges it claimed. Only a hint: a missing or stale entry costs a read, never a wrong write,
 * since every write checks the nudge it changed. Each map is cleared when it reaches {@link
 * #CAPACITY}, so ids that are listed but never claimed (or claimed but never marked) do not pile
 * up. Thread-safe.
 */
final class SeenNudges {

  static final int CAPACITY = 20_000;

  /** A candidate as its page saw it, whole. */
  record Candidate(Lane lane, Document document) {
    Date claimableAt() {
      return document.getDate(NudgeDocuments.CLAIMABLE_AT);
    }
  }

  /** A claim this queue made. */
  record Held(Lane lane, String instance, Date leaseUntil) {}

  /** A stored nudge and the lane it was found in. */
  record Stored(Lane lane, Document document) {}

  private final ConcurrentMap<String, Candidate> candidates = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Held> held = new ConcurrentHashMap<>();

  void candidate(String id, Lane lane, Document document) {
    bound(candidates);
    candidates.put(id, new Candidate(lane, document));
  }

  /** The candidate listed under {@code id}, forgotten now, or null. */
  @Nullable Candidate takeCandidate(String id) {
    return candidates.remove(id);
  }

  /** Remembers a candidate taken with {@link #takeCandidate} again; null does nothing. */
  void putBack(String id, @Nullable Candidate candidate) {
    if (candidate != null) {
      candidates.put(id, candidate);
    }
  }

  void held(String id, Held claim) {
    bound(held);
    held.put(id, claim);
  }

  /** The claim this queue made of {@code id} for {@code instance}, forgotten now, or null. */
  @Nullable Held takeHeld(String id, String instance) {
    Held claim = held.remove(id);
    return claim != null && claim.instance().equals(instance) ? claim : null;
  }

  private static void bound(ConcurrentMap<String, ?> map) {
    if (map.size() >= CAPACITY) {
      map.clear();
    }
  }
}
