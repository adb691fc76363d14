package followthrough.mongo;

import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal dispatcher for tests and the benchmark, standing in for the real job: one pass reads a
 * page of claimable ids per lane (urgent first), claims the page at once, delivers each claimed
 * nudge, and marks the page's deliveries sent at once, as the job does. It catches nothing, so an
 * exception thrown by the gateway ends the instance the way a crash would: what it claimed and did
 * not mark stays claimed until its lease runs out. Not thread-safe: one loop per thread; run
 * several for several instances.
 */
public final class DispatchLoop {

  /** Where a claimed nudge goes; the instance is passed along for recording. */
  public interface Gateway {
    void deliver(Nudge nudge, String instance);
  }

  private final NudgeQueue queue;
  private final String instance;
  private final Clock clock;
  private final Duration lease;
  private final int pageSize;
  private final Gateway gateway;
  private long claimsLost;

  public DispatchLoop(
      NudgeQueue queue,
      String instance,
      Clock clock,
      Duration lease,
      int pageSize,
      Gateway gateway) {
    this.queue = queue;
    this.instance = instance;
    this.clock = clock;
    this.lease = lease;
    this.pageSize = pageSize;
    this.gateway = gateway;
  }

  /** Runs passes until one finds nothing to claim; returns how many nudges it sent. */
  public long drain() {
    long sent = 0;
    for (int sentNow = runOnce(); sentNow > 0 || hasCandidates(); sentNow = runOnce()) {
      sent += sentNow;
    }
    return sent;
  }

  /** One pass over both lanes; returns how many nudges it sent. */
  public int runOnce() {
    int sent = 0;
    for (Nudge.Lane lane : Nudge.Lane.values()) {
      Instant now = clock.instant();
      List<String> ids = new ArrayList<>(queue.claimable(lane, now, pageSize));
      // Instances reading the same page would race for the same ids in the same order.
      Collections.shuffle(ids);
      List<Nudge> claimed = queue.claimAll(ids, instance, now, lease);
      claimsLost += ids.size() - claimed.size();
      List<String> delivered = new ArrayList<>(claimed.size());
      for (Nudge nudge : claimed) {
        gateway.deliver(nudge, instance);
        delivered.add(nudge.id());
      }
      queue.sentAll(delivered, instance);
      sent += delivered.size();
    }
    return sent;
  }

  /** How many listed candidates another instance claimed first. */
  public long claimsLost() {
    return claimsLost;
  }

  private boolean hasCandidates() {
    Instant now = clock.instant();
    for (Nudge.Lane lane : Nudge.Lane.values()) {
      if (!queue.claimable(lane, now, 1).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
