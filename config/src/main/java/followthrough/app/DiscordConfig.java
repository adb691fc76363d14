package followthrough.app;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.Platform;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.LeaderRoles;
import followthrough.core.ports.TeamChannels;
import followthrough.core.scheduling.PlatformGateways;
import followthrough.discord.DiscordBot;
import followthrough.discord.DiscordSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Discord, when DISCORD_TOKEN is set: logs the bot in at start-up (a rejected token stops the start
 * with one sentence saying so) and routes Discord nudges through it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
class DiscordConfig {

  @Bean(destroyMethod = "close")
  DiscordBot discordBot(
      FollowthroughProperties properties,
      ConversationEngine engine,
      Messages messages,
      TeamChannels teamChannels,
      LeaderRoles leaderRoles,
      Clock clock) {
    FollowthroughProperties.Discord discord = properties.discord();
    // Discord's gateway is compressed; a plain ws:// one is a local fake or proxy that is not
    DiscordSettings settings =
        new DiscordSettings(
            discord.token(),
            discord.guildId(),
            discord.apiUrl(),
            discord.gatewayUrl(),
            !discord.gatewayUrl().startsWith("ws://"));
    return DiscordBot.start(settings, engine, messages, teamChannels, leaderRoles, clock);
  }

  /** Nudges for Discord users go by DM, team digests into team channels. */
  @Bean
  PlatformGateways.Route discordGateway(DiscordBot discordBot) {
    return new PlatformGateways.Route(Platform.DISCORD, discordBot.gateway());
  }
}
