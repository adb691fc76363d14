package followthrough.core.memory;

import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Activity;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Activity} in a map, for tests and the terminal chat; thread-safe by locking. */
public final class InMemoryActivity implements Activity {

  private final Map<UserId, ActivityFacts> facts = new HashMap<>();

  @Override
  public synchronized Optional<Instant> record(UserId user, ActivityKind kind, Instant at) {
    ActivityFacts before = facts.get(user);
    facts.put(user, before == null ? ActivityFacts.first(user, kind, at) : before.plus(kind, at));
    return Optional.ofNullable(before).map(ActivityFacts::lastActiveAt);
  }

  @Override
  public synchronized Optional<ActivityFacts> find(UserId user) {
    return Optional.ofNullable(facts.get(user));
  }

  @Override
  public synchronized Map<UserId, ActivityFacts> findAll(Collection<UserId> users) {
    Map<UserId, ActivityFacts> found = new HashMap<>();
    for (UserId user : users) {
      ActivityFacts one = facts.get(user);
      if (one != null) {
        found.put(user, one);
      }
    }
    return found;
  }
}
