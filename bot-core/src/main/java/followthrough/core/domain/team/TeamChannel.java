package followthrough.core.domain.team;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A team server's channel where the team's weekly digest is posted, and the leader who set it.
 *
 * @param serverId the platform's id of the server (a Discord guild)
 * @param channelId the platform's id of the channel in that server
 * @param leader the user who set the channel; the digest covers everyone under their line
 * @param setAt when it was set, in UTC
 */
public record TeamChannel(String serverId, String channelId, UserId leader, Instant setAt) {

  public TeamChannel {
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(setAt, "setAt");
  }
}
