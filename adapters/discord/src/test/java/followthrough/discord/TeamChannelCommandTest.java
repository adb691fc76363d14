package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import followthrough.core.i18n.Phrase;
import followthrough.core.memory.InMemoryLeaderRoles;
import followthrough.core.memory.InMemoryTeamChannels;
import followthrough.core.testkit.MutableClock;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import org.junit.jupiter.api.Test;

class TeamChannelCommandTest {

  private final InMemoryTeamChannels channels = new InMemoryTeamChannels();
  private final InMemoryLeaderRoles roles = new InMemoryLeaderRoles();
  private final TeamChannelCommand command =
      new TeamChannelCommand(channels, roles, MutableClock.atMondayMorning());
  private final Member member = mock(Member.class);

  @Test
  void refusesAMemberWithoutManageServerOrTheLeadersRoleAndChangesNothing() {
    // given
    SlashCommandInteraction event = inServer("channel", false, ChannelType.TEXT);
    // when
    Phrase answer = command.handle(event);
    // then
    assertThat(answer.key()).isEqualTo("discord.team.channel.refused");
    assertThat(channels.all()).isEmpty();
  }

  @Test
  void setsTheChannelTheLeaderUsesTheCommandIn() {
    // given
    SlashCommandInteraction event = inServer("channel", true, ChannelType.TEXT);
    // when
    Phrase answer = command.handle(event);
    // then
    assertThat(answer.key()).isEqualTo("discord.team.channel.set");
    assertThat(channels.forServer("10").orElseThrow().channelId()).isEqualTo("700");
    assertThat(channels.forServer("10").orElseThrow().leader().value()).endsWith("42");
  }

  @Test
  void letsAMemberWithTheLeadersRoleSetTheChannel() {
    // given
    roles.save("10", "r-leaders");
    Role leaders = mock(Role.class);
    when(leaders.getId()).thenReturn("r-leaders");
    SlashCommandInteraction event = inServer("channel", false, ChannelType.TEXT);
    when(member.getRoles()).thenReturn(List.of(leaders));
    // when
    Phrase answer = command.handle(event);
    // then
    assertThat(answer.key()).isEqualTo("discord.team.channel.set");
  }

  @Test
  void letsOnlyAServerManagerChooseTheLeadersRole() {
    // given
    Role leaders = mock(Role.class);
    when(leaders.getId()).thenReturn("r-leaders");
    when(leaders.getName()).thenReturn("Leaders");
    OptionMapping option = mock(OptionMapping.class);
    when(option.getAsRole()).thenReturn(leaders);
    SlashCommandInteraction refused = inServer("role", false, ChannelType.TEXT);
    when(refused.getOption("role")).thenReturn(option);
    // when
    Phrase first = command.handle(refused);
    when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
    Phrase second = command.handle(refused);
    // then
    assertThat(first.key()).isEqualTo("discord.team.role.refused");
    assertThat(second.key()).isEqualTo("discord.team.role.set");
    assertThat(roles.forServer("10")).contains("r-leaders");
  }

  @Test
  void refusesAChannelThatIsNotATextChannel() {
    // given
    SlashCommandInteraction event = inServer("channel", true, ChannelType.VOICE);
    // when / then
    assertThat(command.handle(event).key()).isEqualTo("discord.team.channel.notText");
    assertThat(channels.all()).isEmpty();
  }

  @Test
  void asksForTheServerWhenUsedInADirectMessage() {
    // given
    SlashCommandInteraction event = mock(SlashCommandInteraction.class);
    // when / then
    assertThat(command.handle(event).key()).isEqualTo("discord.team.channel.serverOnly");
  }

  private SlashCommandInteraction inServer(String sub, boolean manager, ChannelType type) {
    SlashCommandInteraction event = mock(SlashCommandInteraction.class);
    Guild guild = mock(Guild.class);
    User user = mock(User.class);
    GuildChannel channel = mock(GuildChannel.class);
    when(guild.getId()).thenReturn("10");
    when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manager);
    when(user.getId()).thenReturn("42");
    when(channel.getId()).thenReturn("700");
    when(channel.getName()).thenReturn("team");
    when(channel.getType()).thenReturn(type);
    when(event.getSubcommandName()).thenReturn(sub);
    when(event.getGuild()).thenReturn(guild);
    when(event.getMember()).thenReturn(member);
    when(event.getUser()).thenReturn(user);
    when(event.getChannelIdLong()).thenReturn(700L);
    when(guild.getGuildChannelById(700L)).thenReturn(channel);
    return event;
  }
}
