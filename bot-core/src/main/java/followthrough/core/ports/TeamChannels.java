package followthrough.core.ports;

import followthrough.core.domain.team.TeamChannel;
import java.util.List;
import java.util.Optional;

/**
 * The team channel of each team server (one per server). The Discord adapter sets it when a leader
 * runs {@code /team channel}; the digest job reads it. Implementations are thread-safe.
 */
public interface TeamChannels {

  /** Sets or replaces the server's team channel. */
  void save(TeamChannel channel);

  /** The server's team channel, if one was set. */
  Optional<TeamChannel> forServer(String serverId);

  /** Every team channel, for the digest job. */
  List<TeamChannel> all();

  /** Forgets the server's team channel (the bot left the server or the channel is gone). */
  void remove(String serverId);
}
