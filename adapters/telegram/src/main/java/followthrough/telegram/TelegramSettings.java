package followthrough.telegram;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the adapter runs.
 *
 * @param token the bot token from BotFather
 * @param apiUrl the Bot API server, {@code https://api.telegram.org} or a self-hosted one
 * @param webhook where Telegram posts updates, or null for long polling
 * @param limits the outgoing message limits
 * @param workers how many threads handle updates (each chat's updates stay in order)
 */
public record TelegramSettings(
    String token,
    URI apiUrl,
    @Nullable Webhook webhook,
    OutboundLimiter.Limits limits,
    int workers) {

  public TelegramSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(limits, "limits");
  }

  /** Long polling at the given API server with Telegram's limits and four workers. */
  public static TelegramSettings polling(String token, URI apiUrl) {
    return new TelegramSettings(token, apiUrl, null, OutboundLimiter.Limits.telegram(), 4);
  }

  /** The same settings receiving through a webhook. */
  public TelegramSettings withWebhook(Webhook newWebhook) {
    return new TelegramSettings(token, apiUrl, newWebhook, limits, workers);
  }

  /**
   * A webhook.
   *
   * @param url the public HTTPS address Telegram posts to (the path included)
   * @param secret the value Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
   */
  public record Webhook(String url, String secret) {
    public Webhook {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
      return "Webhook[url=" + url + ", secret=***]";
    }
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=***, apiUrl=" + apiUrl + ", webhook=" + webhook + "]";
  }
}
