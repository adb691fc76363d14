package followthrough.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The start-up conversation with the Bot API: the client (OkHttp without its silent re-sending of
 * POSTs on dead connections, which delivered messages twice), the token check, the command menu,
 * the webhook and long polling (on daemon threads, so the process can end).
 */
final class TelegramApi {

  private static final Logger log = LoggerFactory.getLogger(TelegramApi.class);
  private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

  private final TelegramSettings settings;
  private final TelegramUrl url;
  private final TelegramClient client;
  private long botId;

  private TelegramApi(TelegramSettings settings, TelegramUrl url, TelegramClient client) {
    this.settings = settings;
    this.url = url;
    this.client = client;
  }

  static TelegramApi connect(TelegramSettings settings) {
    if (!TOKEN.matcher(settings.token().strip()).matches()) {
      throw new TelegramStartException(
          "TELEGRAM_BOT_TOKEN is not a bot token: BotFather gives one like 123456789:AAE...");
    }
    TelegramUrl url = url(settings.apiUrl());
    OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    return new TelegramApi(
        settings, url, new OkHttpTelegramClient(http, settings.token().strip(), url));
  }

  TelegramClient client() {
    return client;
  }

  long botId() {
    return botId;
  }

  /** The bot's username, from {@code getMe}; a rejected token stops the start. */
  String checkToken() {
    try {
      User me = client.execute(new GetMe());
      botId = me.getId();
      return me.getUserName();
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      if (code != null && (code == 401 || code == 404)) {
        throw new TelegramStartException(
            "Telegram rejected TELEGRAM_BOT_TOKEN ("
                + code
                + "): check the token BotFather gave you");
      }
      throw unreachable();
    } catch (TelegramApiException e) {
      throw unreachable();
    }
  }

  /** Sets the command menu; a failure leaves the old menu and is only logged. */
  void setCommands(CommandMenu menu) {
    for (SetMyCommands call : menu.calls()) {
      try {
        client.execute(call);
      } catch (TelegramApiException e) {
        log.warn("Could not set the Telegram command menu ({})", call.getLanguageCode());
      }
    }
  }

  void setWebhook(TelegramSettings.Webhook webhook) {
    try {
      client.execute(SetWebhook.builder().url(webhook.url()).secretToken(webhook.secret()).build());
    } catch (TelegramApiException e) {
      throw new TelegramStartException(
          "Telegram refused the webhook " + webhook.url() + ": it must be a public HTTPS address");
    }
  }

  TelegramBotsLongPollingApplication poll(TelegramUpdateConsumer consumer) {
    TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new,
            new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(),
            () -> Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling")));
    try {
      app.registerBot(
          settings.token().strip(), () -> url, new DefaultGetUpdatesGenerator(), consumer);
      return app;
    } catch (TelegramApiException e) {
      throw new TelegramStartException("Telegram long polling could not start: " + e.getMessage());
    }
  }

  private TelegramStartException unreachable() {
    return new TelegramStartException(
        "The Telegram Bot API at "
            + settings.apiUrl()
            + " could not be reached; check TELEGRAM_API_URL and the network");
  }

  private static TelegramUrl url(URI api) {
    String schema = api.getScheme() == null ? "https" : api.getScheme();
    int port = api.getPort() > 0 ? api.getPort() : ("http".equals(schema) ? 80 : 443);
    return new TelegramUrl(schema, api.getHost(), port, false);
  }

  /** Daemon threads with a name prefix. */
  static ThreadFactory daemon(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
