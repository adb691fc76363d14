package followthrough.core.scheduling;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page of a lane: reads the claimable ids, claims each by id with a lease, and hands each
 * user's claimed nudges to {@link UserDelivery} together, so that late ones can be grouped. A
 * failure while claiming one nudge or delivering to one user is logged and the page goes on; what
 * was claimed and not settled is claimed again once its lease has run out.
 */
final class NudgeDispatch {

  private static final Logger log = LoggerFactory.getLogger(NudgeDispatch.class);

  private final NudgeQueue queue;
  private final UserDelivery delivery;
  private final NudgeJob.Settings settings;

  NudgeDispatch(NudgeQueue queue, UserDelivery delivery, NudgeJob.Settings settings) {
    this.queue = queue;
    this.delivery = delivery;
    this.settings = settings;
  }

  /**
   * Claims and delivers at most {@code limit} due nudges of a lane; returns how many it claimed.
   */
  int page(Nudge.Lane lane, int limit, Instant now) {
    Map<UserId, List<Nudge>> byOwner = new LinkedHashMap<>();
    int claimed = 0;
    for (String id : queue.claimable(lane, now, limit)) {
      Optional<Nudge> nudge = claim(id, now);
      if (nudge.isPresent()) {
        claimed++;
        byOwner.computeIfAbsent(nudge.get().owner(), o -> new ArrayList<>()).add(nudge.get());
      }
    }
    byOwner.forEach(
        (owner, nudges) -> {
          try {
            delivery.deliver(owner, nudges, now);
          } catch (RuntimeException e) {
            log.warn(
                "Could not deliver {} nudges of {}; they are retried later",
                nudges.size(),
                owner,
                e);
          }
        });
    return claimed;
  }

  private Optional<Nudge> claim(String id, Instant now) {
    try {
      return queue.claim(id, settings.instance(), now, settings.lease());
    } catch (RuntimeException e) {
      log.warn("Could not claim nudge {}; it stays for a later tick", id, e);
      return Optional.empty();
    }
  }
}
