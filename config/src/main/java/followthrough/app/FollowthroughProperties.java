package followthrough.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the application, bound from {@code followthrough.*} properties or the
 * environment (see application.properties and the README for the variables).
 *
 * @param dataDir where the embedded store keeps its file when no MongoDB URI is set
 */
@ConfigurationProperties("followthrough")
public record FollowthroughProperties(
    @DefaultValue Mongo mongo,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Dialog dialog,
    @DefaultValue Scheduler scheduler,
    @DefaultValue Console console,
    @DefaultValue Telegram telegram,
    @DefaultValue Discord discord) {

  /**
   * @param uri a MongoDB connection string; blank means the embedded store
   * @param database the database used when the URI names none
   */
  public record Mongo(
      @DefaultValue("") String uri, @DefaultValue("followthrough") String database) {
    public boolean embedded() {
      return uri.isBlank();
    }
  }

  /**
   * @param timeout how long an idle dialog lives
   * @param maxInputLength the longest text handed to dialogs, in characters
   */
  public record Dialog(
      @DefaultValue("24h") Duration timeout, @DefaultValue("2000") int maxInputLength) {}

  /**
   * @param tick the pause between two runs of the scheduled jobs
   */
  public record Scheduler(@DefaultValue("30s") Duration tick) {}

  /**
   * @param enabled {@code auto} (on when no platform token is set), {@code true} or {@code false}
   * @param start where the terminal chat's clock starts (then it runs on normally), or null for
   *     now; makes trial transcripts repeatable
   */
  public record Console(@DefaultValue("auto") String enabled, @Nullable Instant start) {}

  /**
   * @param token the bot token from BotFather; blank leaves Telegram off
   * @param apiUrl the Bot API server (a self-hosted one, or a local fake in tests)
   * @param webhook receive through a webhook instead of long polling
   */
  public record Telegram(
      @DefaultValue("") String token,
      @DefaultValue("https://api.telegram.org") String apiUrl,
      @DefaultValue Webhook webhook) {
    public boolean configured() {
      return !token.isBlank();
    }

    @Override
    public String toString() {
      return "Telegram[token="
          + (configured() ? "***" : "off")
          + ", apiUrl="
          + apiUrl
          + ", "
          + webhook
          + "]";
    }
  }

  /**
   * Telegram's webhook: on when a URL is set, else the bot uses long polling.
   *
   * @param url the public HTTPS address Telegram posts updates to, blank for long polling
   * @param path the path the local server takes the posts at (the proxy forwards the URL there)
   * @param secret the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
   * @param port the local HTTP port of the webhook server (TLS ends at the proxy in front)
   */
  public record Webhook(
      @DefaultValue("") String url,
      @DefaultValue("/telegram/webhook") String path,
      @DefaultValue("") String secret,
      @DefaultValue("8080") int port) {
    public boolean enabled() {
      return !url.isBlank();
    }

    @Override
    public String toString() {
      return "Webhook[url=" + (enabled() ? url : "off") + ", path=" + path + ", port=" + port + "]";
    }
  }

  /**
   * @param token the bot token from Discord's developer portal; blank leaves Discord off
   * @param guildId a server to register the commands in at once (development), or blank for global
   *     commands
   * @param apiUrl Discord's REST base (a proxy, or a local fake in tests)
   * @param gatewayUrl Discord's gateway (a proxy, or a local fake in tests)
   */
  public record Discord(
      @DefaultValue("") String token,
      @DefaultValue("") String guildId,
      @DefaultValue("https://discord.com/api/v10/") String apiUrl,
      @DefaultValue("wss://gateway.discord.gg/") String gatewayUrl) {
    public boolean configured() {
      return !token.isBlank();
    }

    @Override
    public String toString() {
      return "Discord[token=" + (configured() ? "***" : "off") + ", guildId=" + guildId + "]";
    }
  }
}
