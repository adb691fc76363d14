package followthrough.core.scheduling;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page of a lane: reads the claimable ids, claims them by id with a lease (in one round trip
 * where the store can), hands each user's claimed nudges to {@link UserDelivery} together, so that
 * late ones can be grouped, and marks the sent ones at the end of the page. A failure while
 * claiming one nudge or delivering to one user is logged and the page goes on; what was claimed and
 * not settled is claimed again once its lease has run out.
 */
final class NudgeDispatch {

  private static final Logger log = LoggerFactory.getLogger(NudgeDispatch.class);

  private final NudgeQueue queue;
  private final UserDelivery delivery;
  private final NudgeOutcomes outcomes;
  private final NudgeJob.Settings settings;

  NudgeDispatch(
      NudgeQueue queue, UserDelivery delivery, NudgeOutcomes outcomes, NudgeJob.Settings settings) {
    this.queue = queue;
    this.delivery = delivery;
    this.outcomes = outcomes;
    this.settings = settings;
  }

  /**
   * Claims and delivers at most {@code limit} due nudges of a lane; returns how many it claimed.
   */
  int page(Nudge.Lane lane, int limit, Instant now) {
    Map<UserId, List<Nudge>> byOwner = new LinkedHashMap<>();
    List<Nudge> claimed = claimAll(queue.claimable(lane, now, limit), now);
    for (Nudge nudge : claimed) {
      byOwner.computeIfAbsent(nudge.owner(), o -> new ArrayList<>()).add(nudge);
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
    outcomes.flush();
    return claimed.size();
  }

  /**
   * Claims the page; when that fails, what it may have claimed is claimed again after the lease.
   */
  private List<Nudge> claimAll(List<String> ids, Instant now) {
    try {
      return queue.claimAll(ids, settings.instance(), now, settings.lease());
    } catch (RuntimeException e) {
      log.warn("Could not claim a page of {} nudges; they stay for a later tick", ids.size(), e);
      return List.of();
    }
  }
}
