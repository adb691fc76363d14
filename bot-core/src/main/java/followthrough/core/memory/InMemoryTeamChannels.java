package followthrough.core.memory;

import followthrough.core.domain.team.TeamChannel;
import followthrough.core.ports.TeamChannels;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Team channels in a map by server id; records are immutable, so reads share them safely. */
public final class InMemoryTeamChannels implements TeamChannels {

  private final ConcurrentMap<String, TeamChannel> channels = new ConcurrentHashMap<>();

  @Override
  public void save(TeamChannel channel) {
    channels.put(channel.serverId(), channel);
  }

  @Override
  public Optional<TeamChannel> forServer(String serverId) {
    return Optional.ofNullable(channels.get(serverId));
  }

  @Override
  public List<TeamChannel> all() {
    return channels.values().stream().sorted(Comparator.comparing(TeamChannel::serverId)).toList();
  }

  @Override
  public void remove(String serverId) {
    channels.remove(serverId);
  }
}
