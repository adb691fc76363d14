package followthrough.core.scheduling;

import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.NudgeQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how claimed nudges ended: sent (then what follows them is planned), moot (given up, since
 * the queue has no other end for a claimed nudge; then what follows is planned), failed for now
 * (retried with capped exponential backoff, or the platform's retry-after, until too many
 * attempts), or unreachable (given up; nothing follows, so the user's chains rest until they plan
 * something again).
 */
final class NudgeOutcomes {

  private static final Logger log = LoggerFactory.getLogger(NudgeOutcomes.class);
  private static final Duration MIN_WAIT = Duration.ofSeconds(1);

  private final NudgeQueue queue;
  private final NudgePlanner planner;
  private final NudgeJob.Settings settings;

  NudgeOutcomes(NudgeQueue queue, NudgePlanner planner, NudgeJob.Settings settings) {
    this.queue = queue;
    this.planner = planner;
    this.settings = settings;
  }

  void sent(Nudge nudge, List<Nudge> next) {
    queue.sent(nudge.id(), settings.instance());
    log.debug("Sent nudge {}", nudge.id());
    next.forEach(queue::schedule);
  }

  void moot(Nudge nudge, List<Nudge> next) {
    queue.giveUp(nudge.id(), settings.instance());
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
