package followthrough.core.ports;

import java.util.Optional;

/**
 * The role whose members count as team leaders in a team server, besides members who may manage the
 * server. Set by a leader with {@code /team role}; the Discord adapter reads it before it lets
 * anyone change team settings. One role per server. Implementations are thread-safe.
 */
public interface LeaderRoles {

  /** Sets or replaces the server's leaders' role. */
  void save(String serverId, String roleId);

  /** The server's leaders' role, if one was set. */
  Optional<String> forServer(String serverId);
}
