package followthrough.mongo;

import followthrough.core.scheduling.Nudge.Lane;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link MongoNudgeQueue} remembers between calls, to save round trips: the lane and
 * {@code claimableAt} of the candidates its last pages listed, and the lane of the nudges it
 * claimed. Only a hint: a missing or stale entry costs a read, never a wrong write, since every
 * write re-checks its condition in its filter. Each map is cleared when it reaches {@link
 * #CAPACITY}, so ids that are listed but never claimed (or claimed but never marked) do not pile
 * up. Thread-safe.
 */
final class SeenNudges {

  static final int CAPACITY = 20_000;

  /** A candidate as its page saw it. */
  record Candidate(Lane lane, Date claimableAt) {}

  /** A stored nudge and the lane it was found in. */
  record Stored(Lane lane, Document document) {}

  private final ConcurrentMap<String, Candidate> candidates = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Lane> held = new ConcurrentHashMap<>();

  void candidate(String id, Lane lane, Date claimableAt) {
    bound(candidates);
    candidates.put(id, new Candidate(lane, claimableAt));
  }

  /** The candidate listed under {@code id}, forgotten now, or null. */
  @Nullable Candidate takeCandidate(String id) {
    return candidates.remove(id);
  }

  void held(String id, Lane lane) {
    bound(held);
    held.put(id, lane);
  }

  /** The lane of a nudge this queue claimed, forgotten now, or null. */
  @Nullable Lane takeHeld(String id) {
    return held.remove(id);
  }

  /** Every lane, {@code known} first. */
  static List<Lane> knownFirst(@Nullable Lane known) {
    List<Lane> order = new ArrayList<>(List.of(Lane.values()));
    if (known != null) {
      order.remove(known);
      order.add(0, known);
    }
    return order;
  }

  private static void bound(ConcurrentMap<String, ?> map) {
    if (map.size() >= CAPACITY) {
      map.clear();
    }
  }
}
