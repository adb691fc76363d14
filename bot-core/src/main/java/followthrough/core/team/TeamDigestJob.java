package followthrough.core.team;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Platform;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.SupportedLocales;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.DigestLog;
import followthrough.core.ports.TeamChannels;
import followthrough.core.ports.TeamDigests;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.Job;
import followthrough.core.scheduling.NudgeWording;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each team server's weekly digest into its team channel, on the leader's digest day from the
 * leader's digest hour on (their zone; {@code /settings}), once per week: the {@link DigestLog}
 * claim makes it once across instances. A failed send is not retried that week (a digest a day late
 * is stale; the leader can ask with {@code /team digest}). Catches per channel and per run.
 */
public final class TeamDigestJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(TeamDigestJob.class);

  private final TeamChannels channels;
  private final TeamDigests digests;
  private final DigestLog digestLog;
  private final UserProfiles profiles;
  private final ChatGateway gateway;
  private final NudgeWording wording;
  private final Clock clock;

  public TeamDigestJob(
      TeamChannels channels,
      TeamDigests digests,
      DigestLog digestLog,
      UserProfiles profiles,
      ChatGateway gateway,
      NudgeWording wording,
      Clock clock) {
    this.channels = channels;
    this.digests = digests;
    this.digestLog = digestLog;
    this.profiles = profiles;
    this.gateway = gateway;
    this.wording = wording;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "team-digest";
  }

  @Override
  public void runOnce() {
    Instant now = clock.instant();
    try {
      for (TeamChannel channel : channels.all()) {
        try {
          post(channel, now);
        } catch (RuntimeException e) {
          log.warn("Digest for server {} failed", channel.serverId(), e);
        }
      }
    } catch (RuntimeException e) {
      log.warn("Team digests failed; tried again at the next run", e);
    }
  }

  private void post(TeamChannel channel, Instant now) {
    UserProfile leader =
        profiles
            .find(channel.leader())
            .orElseGet(() -> UserProfile.firstSeen(channel.leader(), now));
    ZoneId zone = leader.zone() == null ? ZoneOffset.UTC : leader.zone();
    Preferences p = leader.preferences();
    ZonedDateTime local = now.atZone(zone);
    if (local.getDayOfWeek() != p.digestDay() || local.getHour() < p.digestHour()) {
      return;
    }
    if (!digestLog.claim(channel.serverId(), ActivityFacts.weekOf(now))) {
      return;
    }
    Locale locale = SupportedLocales.resolve(leader.chosenLanguage(), leader.platformLanguage());
    ChatGateway.Delivery delivery =
        gateway.send(
            new ConversationAddress(Platform.DISCORD, channel.channelId()),
            wording.render(digests.digest(channel.leader(), now), locale));
    if (delivery.outcome() != ChatGateway.Outcome.SENT) {
      log.warn("Digest for server {} not delivered: {}", channel.serverId(), delivery.outcome());
    }
  }
}
