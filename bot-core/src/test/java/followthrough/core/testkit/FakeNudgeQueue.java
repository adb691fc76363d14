package followthrough.core.testkit;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A nudge queue in a map, with the port's semantics: re-planning replaces only a pending nudge,
 * claims are atomic and hold a lease, only the holder may settle a claim. Can be told to fail, to
 * test that the job survives a broken store. Thread-safe (every method synchronised).
 */
public final class FakeNudgeQueue implements NudgeQueue {

  private final Map<String, Nudge> nudges = new LinkedHashMap<>();
  private @Nullable RuntimeException failure;

  @Override
  public synchronized void schedule(Nudge nudge) {
    fail();
    Nudge old = nudges.get(nudge.id());
    if (old == null || old.status() == Nudge.Status.PENDING) {
      nudges.put(nudge.id(), nudge);
    }
  }

  @Override
  public synchronized int cancel(UserId owner, String subjectId) {
    fail();
    int cancelled = 0;
    for (Nudge n : List.copyOf(nudges.values())) {
      if (n.owner().equals(owner)
          && n.subjectId().equals(subjectId)
          && n.status() == Nudge.Status.PENDING) {
        nudges.put(n.id(), with(n, Nudge.Status.CANCELLED, n.dueAt(), n.attempts(), null, null));
        cancelled++;
      }
    }
    return cancelled;
  }

  @Override
  public synchronized List<String> claimable(Nudge.Lane lane, Instant now, int limit) {
    fail();
    return nudges.values().stream()
        .filter(n -> n.kind().lane() == lane && claimable(n, now))
        .sorted(Comparator.comparing(Nudge::dueAt).thenComparing(Nudge::id))
        .limit(limit)
        .map(Nudge::id)
        .toList();
  }

  @Override
  public synchronized Optional<Nudge> claim(
      String id, String instance, Instant now, Duration lease) {
    fail();
    Nudge n = nudges.get(id);
    if (n == null || !claimable(n, now)) {
      return Optional.empty();
    }
    Nudge claimed =
        with(n, Nudge.Status.CLAIMED, n.dueAt(), n.attempts(), instance, now.plus(lease));
    nudges.put(id, claimed);
    return Optional.of(claimed);
  }

  @Override
  public synchronized void sent(String id, String instance) {
    settle(id, instance, Nudge.Status.SENT, null, 0);
  }

  @Override
  public synchronized void retry(String id, String instance, Instant at) {
    settle(id, instance, Nudge.Status.PENDING, at, 1);
  }

  @Override
  public synchronized void giveUp(String id, String instance) {
    settle(id, instance, Nudge.Status.DEAD, null, 0);
  }

  @Override
  public synchronized void dismiss(String id, String instance) {
    settle(id, instance, Nudge.Status.CANCELLED, null, 0);
  }

  @Override
  public synchronized int purgeFinished(Instant dueBefore) {
    int before = nudges.size();
    nudges
        .values()
        .removeIf(
            n ->
                n.status() != Nudge.Status.PENDING
                    && n.status() != Nudge.Status.CLAIMED
                    && n.dueAt().isBefore(dueBefore));
    return before - nudges.size();
  }

  /** Every later call throws this (null: work again). */
  public synchronized void failWith(@Nullable RuntimeException e) {
    failure = e;
  }

  /** The nudge with this id, in any status. */
  public synchronized Optional<Nudge> find(String id) {
    return Optional.ofNullable(nudges.get(id));
  }

  /** Every nudge, in the order first planned. */
  public synchronized List<Nudge> all() {
    return new ArrayList<>(nudges.values());
  }

  /** The owner's pending nudges, earliest first. */
  public synchronized List<Nudge> pending(UserId owner) {
    return nudges.values().stream()
        .filter(n -> n.owner().equals(owner) && n.status() == Nudge.Status.PENDING)
        .sorted(Comparator.comparing(Nudge::dueAt).thenComparing(Nudge::id))
        .toList();
  }

  /** The ids of the nudges in a status. */
  public synchronized List<String> ids(Nudge.Status status) {
    return nudges.values().stream().filter(n -> n.status() == status).map(Nudge::id).toList();
  }

  private void settle(
      String id, String instance, Nudge.Status status, @Nullable Instant at, int moreAttempts) {
    fail();
    Nudge n = nudges.get(id);
    if (n == null || n.status() != Nudge.Status.CLAIMED || !instance.equals(n.claimedBy())) {
      return; // not held by this instance (any more): leave it alone
    }
    Instant due = at == null ? n.dueAt() : at;
    nudges.put(id, with(n, status, due, n.attempts() + moreAttempts, null, null));
  }

  private static boolean claimable(Nudge n, Instant now) {
    if (n.status() == Nudge.Status.PENDING) {
      return !n.dueAt().isAfter(now);
    }
    return n.status() == Nudge.Status.CLAIMED
        && n.leaseUntil() != null
        && !n.leaseUntil().isAfter(now);
  }

  private static Nudge with(
      Nudge n,
      Nudge.Status status,
      Instant dueAt,
      int attempts,
      @Nullable String claimedBy,
      @Nullable Instant leaseUntil) {
    return new Nudge(
        n.id(), n.owner(), n.kind(), n.subjectId(), dueAt, status, attempts, claimedBy, leaseUntil);
  }

  private void fail() {
    if (failure != null) {
      throw failure;
    }
  }
}
