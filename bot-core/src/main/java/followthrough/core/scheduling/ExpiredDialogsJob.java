package followthrough.core.scheduling;

import followthrough.core.ports.DialogStateStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes dialog states that expired (idle longer than the dialog timeout). The engine already
 * ignores them; this keeps the store small, since the embedded store has no TTL indexes.
 */
public final class ExpiredDialogsJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(ExpiredDialogsJob.class);

  private final DialogStateStore states;
  private final Clock clock;

  public ExpiredDialogsJob(DialogStateStore states, Clock clock) {
    this.states = states;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "expired-dialogs";
  }

  @Override
  public void runOnce() {
    try {
      int removed = states.deleteExpired(clock.instant());
      if (removed > 0) {
        log.debug("Removed {} expired dialog states", removed);
      }
    } catch (RuntimeException e) {
      log.warn("Could not remove expired dialog states; will try again next tick", e);
    }
  }
}
