package followthrough.core.memory;

import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.UserProfiles;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Profiles in a map; records are immutable, so reads share them safely. */
public final class InMemoryUserProfiles implements UserProfiles {

  private final ConcurrentMap<UserId, UserProfile> profiles = new ConcurrentHashMap<>();

  @Override
  public Optional<UserProfile> find(UserId id) {
    return Optional.ofNullable(profiles.get(id));
  }

  @Override
  public void save(UserProfile profile) {
    profiles.put(profile.id(), profile);
  }
}
