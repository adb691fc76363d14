package followthrough.mongo.bench;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Adds up the time spent in each dispatch call of a queue, for the benchmark's breakdown. */
final class TimedQueue implements NudgeQueue {

  private final NudgeQueue queue;
  private long claimableNanos;
  private long claimNanos;
  private long sentNanos;

  TimedQueue(NudgeQueue queue) {
    this.queue = queue;
  }

  @Override
  public void schedule(Nudge nudge) {
    queue.schedule(nudge);
  }

  @Override
  public int cancel(UserId owner, String subjectId) {
    return queue.cancel(owner, subjectId);
  }

  @Override
  public List<String> claimable(Nudge.Lane lane, Instant now, int limit) {
    long start = System.nanoTime();
    List<String> ids = queue.claimable(lane, now, limit);
    claimableNanos += System.nanoTime() - start;
    return ids;
  }

  @Override
  public Optional<Nudge> claim(String id, String instance, Instant now, Duration lease) {
    long start = System.nanoTime();
    Optional<Nudge> claimed = queue.claim(id, instance, now, lease);
    claimNanos += System.nanoTime() - start;
    return claimed;
  }

  @Override
  public void sent(String id, String instance) {
    long start = System.nanoTime();
    queue.sent(id, instance);
    sentNanos += System.nanoTime() - start;
  }

  @Override
  public List<Nudge> claimAll(List<String> ids, String instance, Instant now, Duration lease) {
    long start = System.nanoTime();
    List<Nudge> claimed = queue.claimAll(ids, instance, now, lease);
    claimNanos += System.nanoTime() - start;
    return claimed;
  }

  @Override
  public void sentAll(List<String> ids, String instance) {
    long start = System.nanoTime();
    queue.sentAll(ids, instance);
    sentNanos += System.nanoTime() - start;
  }

  @Override
  public void dismiss(String id, String instance) {
    queue.dismiss(id, instance);
  }

  @Override
  public int purgeFinished(Instant dueBefore) {
    return queue.purgeFinished(dueBefore);
  }

  @Override
  public void retry(String id, String instance, Instant at) {
    queue.retry(id, instance, at);
  }

  @Override
  public void giveUp(String id, String instance) {
    queue.giveUp(id, instance);
  }

  /** "claimable 1.2 s, claim 30.1 s, sent 25.0 s". */
  String breakdown() {
    return String.format(
        "claimable %.1f s, claim %.1f s, sent %.1f s",
        claimableNanos / 1e9, claimNanos / 1e9, sentNanos / 1e9);
  }
}
