package followthrough.app;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.Platform;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.ProcessedUpdates;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.PlatformGateways;
import followthrough.telegram.TelegramBot;
import followthrough.telegram.TelegramDeepLinks;
import followthrough.telegram.TelegramSettings;
import followthrough.telegram.TelegramStartException;
import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Telegram, when {@code TELEGRAM_BOT_TOKEN} is set: the bot (long polling, or a webhook served on
 * its own small HTTP server when {@code TELEGRAM_WEBHOOK_URL} is set), its gateway for nudges and
 * its deep links.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfig {

  /** Starts the bot; a malformed or rejected token stops the application with one sentence. */
  @Bean(destroyMethod = "close")
  TelegramBot telegramBot(
      FollowthroughProperties properties,
      ConversationEngine engine,
      UserProfiles profiles,
      ProcessedUpdates processedUpdates,
      Messages messages,
      DialogRegistry dialogs,
      Clock clock) {
    FollowthroughProperties.Telegram telegram = properties.telegram();
    TelegramSettings settings = TelegramSettings.polling(telegram.token(), apiUrl(telegram));
    TelegramSettings.Webhook webhook = webhook(telegram.webhook());
    if (webhook != null) {
      settings = settings.withWebhook(webhook);
    }
    return TelegramBot.start(
        settings,
        new TelegramBot.Wiring(
            engine, profiles, processedUpdates, messages, dialogs.commands(), clock));
  }

  /** Nudges for Telegram users go through the bot's limiter. */
  @Bean
  PlatformGateways.Route telegramGateway(TelegramBot bot) {
    return new PlatformGateways.Route(Platform.TELEGRAM, bot.gateway());
  }

  /** Links into the private chat with this bot; {@code CoreConfig} offers them as DeepLinks. */
  @Bean
  TelegramDeepLinks telegramDeepLinks(TelegramBot bot) {
    return bot.deepLinks();
  }

  /** Serves the webhook path when a webhook URL is set. */
  @Bean(destroyMethod = "close")
  @Nullable TelegramWebhookServer telegramWebhookServer(
      FollowthroughProperties properties, TelegramBot bot) {
    FollowthroughProperties.Webhook webhook = properties.telegram().webhook();
    if (!webhook.enabled()) {
      return null;
    }
    return TelegramWebhookServer.start(
        webhook.port(), webhook.path(), webhook.secret(), bot::handleUpdateJson);
  }

  private static URI apiUrl(FollowthroughProperties.Telegram telegram) {
    try {
      URI uri = URI.create(telegram.apiUrl().strip());
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("no host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new TelegramStartException(
          "TELEGRAM_API_URL is not an address like https://api.telegram.org");
    }
  }

  private static TelegramSettings.@Nullable Webhook webhook(FollowthroughProperties.Webhook w) {
    if (!w.enabled()) {
      return null;
    }
    if (!w.secret().matches("[A-Za-z0-9_-]{1,256}")) {
      throw new TelegramStartException(
          "TELEGRAM_WEBHOOK_SECRET must be set with a webhook: 1 to 256 letters, digits, _ or -");
    }
    return new TelegramSettings.Webhook(w.url(), w.secret());
  }
}
