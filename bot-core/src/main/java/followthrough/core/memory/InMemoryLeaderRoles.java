package followthrough.core.memory;

import followthrough.core.ports.LeaderRoles;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Leaders' roles in a map by server id. */
public final class InMemoryLeaderRoles implements LeaderRoles {

  private final ConcurrentMap<String, String> roles = new ConcurrentHashMap<>();

  @Override
  public void save(String serverId, String roleId) {
    roles.put(serverId, roleId);
  }

  @Override
  public Optional<String> forServer(String serverId) {
    return Optional.ofNullable(roles.get(serverId));
  }
}
