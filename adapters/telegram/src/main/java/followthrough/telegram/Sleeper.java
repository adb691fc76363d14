package followthrough.telegram;

import java.time.Duration;

/** Waits; injected so that the limiter and the retries are tested without real time passing. */
@FunctionalInterface
public interface Sleeper {

  /** Blocks the calling thread for the duration. */
  void sleep(Duration duration) throws InterruptedException;

  /** Real waiting with {@link Thread#sleep}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
