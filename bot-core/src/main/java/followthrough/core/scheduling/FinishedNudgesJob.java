package followthrough.core.scheduling;

import followthrough.core.ports.NudgeQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes finished nudges (sent, cancelled, given up) once they are older than the retention, at
 * most once per interval: they are kept a while so that re-planning an id that was already sent
 * finds it and leaves it, but left forever they would slow every candidate scan of the embedded
 * store, which reads a lane's collection without an index.
 */
public final class FinishedNudgesJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(FinishedNudgesJob.class);

  private final NudgeQueue queue;
  private final Clock clock;
  private final Duration retention;
  private final Duration interval;
  private @Nullable Instant lastRun;

  /**
   * @param retention finished nudges due longer ago than this are deleted (the planner never plans
   *     into the past, so 30 days is ample)
   * @param interval the least time between two purges (each one scans the nudges)
   */
  public FinishedNudgesJob(NudgeQueue queue, Clock clock, Duration retention, Duration interval) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (retention.isNegative() || interval.isNegative()) {
      throw new IllegalArgumentException("retention and interval must not be negative");
    }
    this.retention = retention;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "finished-nudges";
  }

  @Override
  public synchronized void runOnce() {
    Instant now = clock.instant();
    if (lastRun != null && now.isBefore(lastRun.plus(interval))) {
      return;
    }
    lastRun = now;
    try {
      int purged = queue.purgeFinished(now.minus(retention));
      log.debug("Deleted {} finished nudges", purged);
    } catch (RuntimeException e) {
      log.warn("Could not delete finished nudges; will try again after the interval", e);
    }
  }
}
