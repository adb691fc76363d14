package followthrough.core.scheduling;

import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.NudgeQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how claimed nudges ended: sent (marked in batches, then what follows them is planned),
 * moot (cancelled; then what follows is planned), failed for now (retried with capped exponential
 * backoff, or the platform's retry-after, until too many attempts), or unreachable (given up;
 * nothing follows, so the user's chains rest until they plan something again). Not thread-safe:
 * {@link NudgeJob} runs one tick at a time.
 */
final class NudgeOutcomes {

  private static final Logger log = LoggerFactory.getLogger(NudgeOutcomes.class);
  private static final Duration MIN_WAIT = Duration.ofSeconds(1);

  private final NudgeQueue queue;
  private final NudgePlanner planner;
  private final NudgeJob.Settings settings;
  private final List<String> sentSinceFlush = new ArrayList<>();

  NudgeOutcomes(NudgeQueue queue, NudgePlanner planner, NudgeJob.Settings settings) {
    this.queue = queue;
    this.planner = planner;
    this.settings = settings;
  }

  /** Notes a nudge as sent; it is marked so in the store with the others at {@link #flush}. */
  void sent(Nudge nudge, List<Nudge> next) {
    sentSinceFlush.add(nudge.id());
    log.debug("Sent nudge {}", nudge.id());
    next.forEach(queue::schedule);
  }

  /**
   * Marks the nudges sent since the last flush as sent, in one write where the store can. Until
   * then they stay claimed: a crash before the flush lets another instance send them again after
   * the lease, so a flush per page bounds such duplicates by the page size.
   */
  void flush() {
    if (sentSinceFlush.isEmpty()) {
      return;
    }
    List<String> ids = List.copyOf(sentSinceFlush);
    sentSinceFlush.clear();
    try {
      queue.sentAll(ids, settings.instance());
    } catch (RuntimeException e) {
      log.warn(
          "Could not mark {} sent nudges; after their lease they may go out again", ids.size(), e);
    }
  }

  void moot(Nudge nudge, List<Nudge> next) {
    queue.dismiss(nudge.id(), settings.instance());
    log.debug("Nudge {} is no longer called for", nudge.id());
    next.forEach(queue::schedule);
  }

  void unreachable(Nudge nudge) {
    queue.giveUp(nudge.id(), settings.instance());
    log.debug("Gave up nudge {}: the chat of {} is unreachable", nudge.id(), nudge.owner());
  }

  void gaveUp(Nudge nudge, String why) {
    queue.giveUp(nudge.id(), settings.instance());
    log.debug("Gave up nudge {}: {}", nudge.id(), why);
  }

  /** Retries a nudge that failed for now, or gives it up after too many attempts. */
  void failed(Nudge nudge, ChatGateway.Delivery delivery, Instant now) {
    int failures = nudge.attempts() + 1;
    if (failures >= settings.maxAttempts()) {
      gaveUp(nudge, "failed " + failures + " times");
      return;
    }
    Duration wait =
        delivery.retryAfter() != null ? delivery.retryAfter() : backoff(nudge.attempts());
    if (wait.compareTo(MIN_WAIT) < 0) {
      wait = MIN_WAIT; // never due again within the same tick
    }
    Instant at = planner.retryAt(nudge, now.plus(wait));
    queue.retry(nudge.id(), settings.instance(), at);
    log.debug("Nudge {} failed ({} so far); next try at {}", nudge.id(), failures, at);
  }

  /** The first retry's wait doubled per earlier failure, at most the longest wait. */
  Duration backoff(int earlierFailures) {
    Duration wait = settings.firstRetry();
    for (int i = 0; i < earlierFailures && wait.compareTo(settings.maxRetry()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
  }
}
