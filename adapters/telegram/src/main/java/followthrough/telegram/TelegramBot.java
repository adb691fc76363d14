package followthrough.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import followthrough.core.conversation.ConversationEngine;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.ProcessedUpdates;
import followthrough.core.ports.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The running Telegram bot: started by {@link #start}, it receives updates by long polling (or
 * through {@link #handleUpdateJson} when a webhook is set), answers through the engine, and offers
 * the gateway for nudges and the deep links of this bot. {@link #close} stops receiving and lets
 * queued turns finish for a few seconds.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  /**
   * What the adapter needs from the core.
   *
   * @param commands the dialogs' commands, for the command menu
   */
  public record Wiring(
      ConversationEngine engine,
      UserProfiles profiles,
      ProcessedUpdates processedUpdates,
      Messages messages,
      List<String> commands,
      Clock clock) {}

  private final UpdateDispatcher dispatcher;
  private final TelegramChatGateway gateway;
  private final TelegramDeepLinks links;
  private final ExecutorService workers;
  private final ObjectMapper json = new ObjectMapper();
  private @Nullable TelegramBotsLongPollingApplication polling;

  private TelegramBot(
      UpdateDispatcher dispatcher,
      TelegramChatGateway gateway,
      TelegramDeepLinks links,
      ExecutorService workers) {
    this.dispatcher = dispatcher;
    this.gateway = gateway;
    this.links = links;
    this.workers = workers;
  }

  /**
   * Checks the token with {@code getMe}, sets the command menu, and starts receiving: long polling,
   * or {@code setWebhook} with the secret when the settings have a webhook.
   *
   * @throws TelegramStartException when the token is malformed or rejected, or the API cannot be
   *     reached
   */
  public static TelegramBot start(TelegramSettings settings, Wiring wiring) {
    return start(settings, wiring, Sleeper.system());
  }

  /** {@link #start(TelegramSettings, Wiring)} with a sleeper for the limiter and retries. */
  static TelegramBot start(TelegramSettings settings, Wiring wiring, Sleeper sleeper) {
    TelegramApi api = TelegramApi.connect(settings);
    String username = api.checkToken();
    api.setCommands(new CommandMenu(wiring.messages(), wiring.commands()));
    OutboundLimiter limiter = new OutboundLimiter(settings.limits(), wiring.clock(), sleeper);
    TelegramSender sender =
        new TelegramSender(api.client(), limiter, sleeper, TelegramSender.Retries.defaults());
    TelegramDeepLinks links = new TelegramDeepLinks(username);
    ExecutorService workers =
        Executors.newFixedThreadPool(settings.workers(), TelegramApi.daemon("telegram-worker"));
    UpdateDispatcher dispatcher =
        new UpdateDispatcher(
            "telegram:" + api.botId(),
            wiring.processedUpdates(),
            new UpdateMapper(username),
            handler(wiring, sender, links),
            workers);
    TelegramBot bot = new TelegramBot(dispatcher, new TelegramChatGateway(sender), links, workers);
    if (settings.webhook() != null) {
      api.setWebhook(settings.webhook());
    } else {
      bot.polling = api.poll(new TelegramUpdateConsumer(dispatcher));
    }
    log.info(
        "Telegram bot @{} is running ({})",
        username,
        settings.webhook() == null ? "long polling" : "webhook");
    return bot;
  }

  private static UpdateHandler handler(
      Wiring wiring, TelegramSender sender, TelegramDeepLinks links) {
    return new UpdateHandler(
        wiring.engine(), sender, wiring.messages(), new ChatReachability(wiring.profiles()), links);
  }

  /**
   * Handles one update posted to the webhook, once, on a worker thread.
   *
   * @return false when the body is not an update (nothing is handled)
   */
  public boolean handleUpdateJson(String body) {
    try {
      dispatcher.dispatch(json.readValue(body, Update.class));
      return true;
    } catch (JsonProcessingException e) {
      log.warn("The webhook received a body that is not a Telegram update");
      return false;
    }
  }

  /** Sends nudges through the same limiter as replies. */
  public ChatGateway gateway() {
    return gateway;
  }

  /** Links into the private chat with this bot. */
  public TelegramDeepLinks deepLinks() {
    return links;
  }

  @Override
  public void close() {
    try {
      if (polling != null) {
        polling.close();
      }
    } catch (Exception e) {
      log.warn("Telegram long polling did not stop cleanly", e);
    }
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
