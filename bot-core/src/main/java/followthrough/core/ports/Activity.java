package followthrough.core.ports;

import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Each user's activity facts: when they last used the follow-up features and weekly counts, updated
 * as activity happens (one write per activity, no history is kept). Thread-safe.
 */
public interface Activity {

  /**
   * Counts one activity of the user at {@code at} (its week's counter) and moves their last
   * activity to {@code at} when that is later; atomic per user.
   *
   * @return the last activity before this one, or empty for the user's first
   */
  Optional<Instant> record(UserId user, ActivityKind kind, Instant at);

  /** The user's facts, or empty when they were never active. */
  Optional<ActivityFacts> find(UserId user);

  /** The facts of several users at once (those never active are missing from the map). */
  Map<UserId, ActivityFacts> findAll(Collection<UserId> users);
}
