package followthrough.core.scheduling;

import followthrough.core.domain.user.UserProfile;
import java.time.Instant;

/**
 * Says what a claimed nudge should say, after checking that what it is about still calls for it (a
 * follow-up done in the meantime, a meeting moved or past, an agenda with nothing on it: nothing to
 * send), and what comes next (tomorrow's carry-over, tomorrow's agenda). Called by {@link NudgeJob}
 * from scheduler threads; implementations are thread-safe, read the stores and let store failures
 * through as exceptions (the job retries the nudge later).
 */
public interface NudgeComposer {

  /**
   * Composes a nudge for its owner.
   *
   * @param profile the owner's profile (zone, language, preferences)
   * @param now the instant of the tick
   */
  Composition compose(Nudge nudge, UserProfile profile, Instant now);
}
