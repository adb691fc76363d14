package followthrough.discord;

import followthrough.core.conversation.Platform;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.LeaderRoles;
import followthrough.core.ports.TeamChannels;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;

/**
 * The team settings of a server. {@code /team channel}: a team leader (a member with the Manage
 * Server permission, or with the server's leaders' role) sets the team channel (the given one, or
 * the one the command is used in), where the team digest is posted. {@code /team role}: a member
 * with Manage Server chooses the leaders' role. Anybody else is refused, plainly. Discord
 * permission checks, so they live in the adapter; settings are saved through the ports.
 * Thread-safe.
 */
final class TeamChannelCommand {

  private final TeamChannels channels;
  private final LeaderRoles leaderRoles;
  private final Clock clock;

  TeamChannelCommand(TeamChannels channels, LeaderRoles leaderRoles, Clock clock) {
    this.channels = channels;
    this.leaderRoles = leaderRoles;
    this.clock = clock;
  }

  /** Whether the interaction is {@code /team channel} or {@code /team role}. */
  static boolean matches(SlashCommandInteraction event) {
    String sub = event.getSubcommandName();
    return event.getName().equals("team") && ("channel".equals(sub) || "role".equals(sub));
  }

  /** Changes the setting if the member may, and says what happened. */
  Phrase handle(SlashCommandInteraction event) {
    Guild guild = event.getGuild();
    Member member = event.getMember();
    if (guild == null || member == null) {
      return Phrase.of("discord.team.channel.serverOnly");
    }
    if ("role".equals(event.getSubcommandName())) {
      return member.hasPermission(Permission.MANAGE_SERVER)
          ? setRole(event, guild)
          : Phrase.of("discord.team.role.refused");
    }
    return isLeader(guild, member)
        ? setChannel(event, guild)
        : Phrase.of("discord.team.channel.refused");
  }

  private boolean isLeader(Guild guild, Member member) {
    if (member.hasPermission(Permission.MANAGE_SERVER)) {
      return true;
    }
    Optional<String> role = leaderRoles.forServer(guild.getId());
    return role.isPresent()
        && member.getRoles().stream().anyMatch(r -> r.getId().equals(role.get()));
  }

  private Phrase setChannel(SlashCommandInteraction event, Guild guild) {
    OptionMapping option = event.getOption("channel");
    GuildChannel channel =
        option == null
            ? guild.getGuildChannelById(event.getChannelIdLong())
            : option.getAsChannel();
    if (channel == null
        || (channel.getType() != ChannelType.TEXT && channel.getType() != ChannelType.NEWS)) {
      return Phrase.of("discord.team.channel.notText");
    }
    UserId leader = UserId.of(Platform.DISCORD.code(), event.getUser().getId());
    channels.save(new TeamChannel(guild.getId(), channel.getId(), leader, clock.instant()));
    return Phrase.of("discord.team.channel.set", "channel", "#" + channel.getName());
  }

  private Phrase setRole(SlashCommandInteraction event, Guild guild) {
    OptionMapping option = event.getOption("role");
    Role role = option == null ? null : option.getAsRole();
    if (role == null) {
      return Phrase.of("discord.team.role.refused");
    }
    leaderRoles.save(guild.getId(), role.getId());
    return Phrase.of("discord.team.role.set", "role", "@" + role.getName());
  }
}
