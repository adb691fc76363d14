package followthrough.discord;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.LeaderRoles;
import followthrough.core.ports.TeamChannels;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord bot: logs in, waits for READY, registers the slash commands (in one server at
 * once when a guild id is set, else globally) and listens. Intents: {@code GUILDS} (servers and
 * channels, for team channels and interactions in servers) and {@code DIRECT_MESSAGES} (lines
 * written in the bot's DM); no privileged intent. Close it to log out.
 */
public final class DiscordBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  /**
   * The gateway intents the bot asks for besides {@code GUILDS}, which JDA always sends;
   * interactions need none, and lines written in a DM reach bots without the privileged {@code
   * MESSAGE_CONTENT}.
   */
  public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);

  private final JDA jda;
  private final ChatGateway gateway;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;

  private DiscordBot(
      JDA jda, ChatGateway gateway, ExecutorService workers, ScheduledExecutorService timers) {
    this.jda = jda;
    this.gateway = gateway;
    this.workers = workers;
    this.timers = timers;
  }

  /**
   * Logs in and starts listening; blocks until Discord says READY.
   *
   * @throws IllegalStateException when Discord rejects the token, or the login is interrupted
   */
  public static DiscordBot start(
      DiscordSettings settings,
      ConversationEngine engine,
      Messages messages,
      TeamChannels teamChannels,
      LeaderRoles leaderRoles,
      Clock clock) {
    ExecutorService workers = Executors.newFixedThreadPool(4, daemon("discord-worker"));
    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(daemon("discord-deadline"));
    try {
      UserLanes lanes = new UserLanes(workers);
      ClosedDms closedDms = new ClosedDms();
      InteractionTurns turns =
          new InteractionTurns(engine, messages, closedDms, lanes, timers, Duration.ofSeconds(2));
      DiscordListener listener =
          new DiscordListener(
              engine,
              messages,
              turns,
              new TeamChannelCommand(teamChannels, leaderRoles, clock),
              lanes);
      JDA jda = login(settings, listener);
      registerCommands(jda, settings.guildId(), new SlashCommands(messages));
      ChatGateway gateway =
          new DiscordChatGateway(jda, teamChannels, closedDms, Duration.ofSeconds(30));
      log.info("Discord bot {} is ready", jda.getSelfUser().getName());
      return new DiscordBot(jda, gateway, workers, timers);
    } catch (RuntimeException e) {
      workers.shutdown();
      timers.shutdownNow();
      throw e;
    }
  }

  /** Sends nudges and digests through this bot. */
  public ChatGateway gateway() {
    return gateway;
  }

  @Override
  public void close() {
    jda.shutdown();
    workers.shutdown();
    timers.shutdownNow();
  }

  private static JDA login(DiscordSettings settings, DiscordListener listener) {
    String gatewayUrl = settings.gatewayUrl();
    try {
      JDA jda =
          JDABuilder.createLight(settings.token(), INTENTS)
              .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
              .setSessionController(
                  new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                      return gatewayUrl;
                    }
                  })
              .setCompression(settings.compress() ? Compression.ZLIB : Compression.NONE)
              .setChunkingFilter(ChunkingFilter.NONE)
              .setMemberCachePolicy(MemberCachePolicy.NONE)
              .addEventListeners(listener)
              .build();
      return jda.awaitReady();
    } catch (InvalidTokenException e) {
      throw new IllegalStateException(
          "Discord rejected the bot token (DISCORD_TOKEN): copy it again from the developer"
              + " portal, Bot page, Reset Token",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while logging in to Discord", e);
    }
  }

  private static void registerCommands(JDA jda, String guildId, SlashCommands commands) {
    Guild guild = guildId.isBlank() ? null : jda.getGuildById(guildId);
    if (!guildId.isBlank() && guild == null) {
      log.warn("The bot is not in server {}; registering global commands instead", guildId);
    }
    if (guild != null) {
      guild.updateCommands().addCommands(commands.all()).complete();
    } else {
      jda.updateCommands().addCommands(commands.all()).complete();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
