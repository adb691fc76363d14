package followthrough.core.memory;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Nudges in a map keyed by id, with the same rules as the MongoDB queue. Every change of a nudge is
 * one atomic {@code compute} on its key, so racing claims of one nudge have exactly one winner.
 * Nudges are immutable records, so reads share them safely. Thread-safe.
 */
public final class InMemoryNudgeQueue implements NudgeQueue {

  private static final Comparator<Nudge> EARLIEST_DUE =
      Comparator.comparing(Nudge::dueAt).thenComparing(Nudge::id);

  private static final Set<Status> FINISHED =
      EnumSet.of(Status.SENT, Status.CANCELLED, Status.DEAD);

  private final ConcurrentMap<String, Nudge> nudges = new ConcurrentHashMap<>();

  @Override
  public void schedule(Nudge nudge) {
    nudges.compute(
        nudge.id(), (id, old) -> old == null || old.status() == Status.PENDING ? nudge : old);
  }

  @Override
  public int cancel(UserId owner, String subjectId) {
    int cancelled = 0;
    for (Nudge candidate : nudges.values()) {
      if (candidate.owner().equals(owner) && candidate.subjectId().equals(subjectId)) {
        boolean changed =
            change(candidate.id(), n -> n.status() == Status.PENDING ? cancelled(n) : n);
        cancelled += changed ? 1 : 0;
      }
    }
    return cancelled;
  }

  /**
   * Sorted by due time, then id.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  @Override
  public List<String> claimable(Nudge.Lane lane, Instant now, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return nudges.values().stream()
        .filter(n -> n.kind().lane() == lane && isClaimable(n, now))
        .sorted(EARLIEST_DUE)
        .limit(limit)
        .map(Nudge::id)
        .toList();
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
    AtomicReference<Nudge> claimed = new AtomicReference<>();
    nudges.computeIfPresent(
        id,
        (key, old) -> {
          if (!isClaimable(old, now)) {
            return old;
          }
          Nudge next =
              new Nudge(
                  old.id(),
                  old.owner(),
                  old.kind(),
                  old.subjectId(),
                  old.dueAt(),
                  Status.CLAIMED,
                  old.attempts(),
                  instance,
                  now.plus(lease));
          claimed.set(next);
          return next;
        });
    return Optional.ofNullable(claimed.get());
  }

  @Override
  public void sent(String id, String instance) {
    changeHeld(id, instance, n -> released(n, Status.SENT, n.dueAt(), n.attempts()));
  }

  @Override
  public void retry(String id, String instance, Instant at) {
    changeHeld(id, instance, n -> released(n, Status.PENDING, at, n.attempts() + 1));
  }

  @Override
  public void giveUp(String id, String instance) {
    changeHeld(id, instance, n -> released(n, Status.DEAD, n.dueAt(), n.attempts()));
  }

  @Override
  public void dismiss(String id, String instance) {
    changeHeld(id, instance, InMemoryNudgeQueue::cancelled);
  }

  @Override
  public int purgeFinished(Instant dueBefore) {
    int before = nudges.size();
    nudges.values().removeIf(n -> FINISHED.contains(n.status()) && n.dueAt().isBefore(dueBefore));
    return before - nudges.size();
  }

  /** Pending and due, or claimed with a lease that has run out. */
  private static boolean isClaimable(Nudge nudge, Instant now) {
    if (nudge.status() == Status.PENDING) {
      return !nudge.dueAt().isAfter(now);
    }
    Instant leaseUntil = nudge.leaseUntil();
    return nudge.status() == Status.CLAIMED && leaseUntil != null && !leaseUntil.isAfter(now);
  }

  /** Changes the nudge only while {@code instance} holds it; a stale holder changes nothing. */
  private void changeHeld(String id, String instance, UnaryOperator<Nudge> change) {
    change(
        id,
        n -> n.status() == Status.CLAIMED && instance.equals(n.claimedBy()) ? change.apply(n) : n);
  }

  /** Applies {@code change} atomically; true when it produced a different nudge. */
  private boolean change(String id, UnaryOperator<Nudge> change) {
    AtomicReference<Boolean> changed = new AtomicReference<>(false);
    nudges.computeIfPresent(
        id,
        (key, old) -> {
          Nudge next = change.apply(old);
          changed.set(next != old);
          return next;
        });
    return changed.get();
  }

  private static Nudge cancelled(Nudge nudge) {
    return released(nudge, Status.CANCELLED, nudge.dueAt(), nudge.attempts());
  }

  /** The nudge in {@code status}, released by its holder (or never held). */
  private static Nudge released(Nudge nudge, Status status, Instant dueAt, int attempts) {
    return new Nudge(
        nudge.id(),
        nudge.owner(),
        nudge.kind(),
        nudge.subjectId(),
        dueAt,
        status,
        attempts,
        null,
        null);
  }
}
