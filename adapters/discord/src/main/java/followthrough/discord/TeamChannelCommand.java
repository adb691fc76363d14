package followthrough.discord;

import followthrough.core.conversation.Platform;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.TeamChannels;
import java.time.Clock;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;

/**
 * {@code /team channel}: a team leader, a member with the Manage Server permission, sets the
 * server's team channel (the given one, or the one the command is used in), where the team digest
 * is posted. Anybody else is refused, plainly. A Discord permission check, so it lives in the
 * adapter; the channel is saved through {@link TeamChannels}. Thread-safe.
 */
final class TeamChannelCommand {

  private final TeamChannels channels;
  private final Clock clock;

  TeamChannelCommand(TeamChannels channels, Clock clock) {
    this.channels = channels;
    this.clock = clock;
  }

  /** Whether the interaction is {@code /team channel}. */
  static boolean matches(SlashCommandInteraction event) {
    return event.getName().equals("team") && "channel".equals(event.getSubcommandName());
  }

  /** Sets the channel if the member may, and says what happened. */
  Phrase handle(SlashCommandInteraction event) {
    Guild guild = event.getGuild();
    Member member = event.getMember();
    if (guild == null || member == null) {
      return Phrase.of("discord.team.channel.serverOnly");
    }
    if (!member.hasPermission(Permission.MANAGE_SERVER)) {
      return Phrase.of("discord.team.channel.refused");
    }
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
}
