package followthrough.telegram;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;

/**
 * Sends nudges into Telegram chats through the same limiter as replies. Each part is sent once: a
 * 429 comes back as {@link Delivery#retryAfter}, a network error or 5xx as a failure for now (the
 * nudge job retries with backoff; sending again here could deliver twice), a 403 as unreachable. A
 * nudge is always a new message. Thread-safe; called from the scheduler's thread.
 */
public final class TelegramChatGateway implements ChatGateway {

  private static final Logger log = LoggerFactory.getLogger(TelegramChatGateway.class);

  private final TelegramSender sender;
  private final ReplyRenderer renderer = new ReplyRenderer();

  TelegramChatGateway(TelegramSender sender) {
    this.sender = sender;
  }

  @Override
  public Delivery send(ConversationAddress address, Outbound message) {
    if (address.platform() != Platform.TELEGRAM) {
      return Delivery.FAILED;
    }
    try {
      long chatId = Long.parseLong(address.chatId());
      // ids of groups and channels are negative; private chats are the users' positive ids
      boolean group = chatId < 0;
      for (PartialBotApiMethod<?> call : renderer.asNew(chatId, message)) {
        Delivery delivery = delivery(sender.once(chatId, group, Calls.of(call)));
        if (delivery.outcome() != Outcome.SENT) {
          return delivery;
        }
      }
      return Delivery.SENT;
    } catch (RuntimeException e) {
      log.warn("A nudge could not be sent to Telegram", e);
      return Delivery.FAILED;
    }
  }

  private static Delivery delivery(SendResult<?> result) {
    switch (result.status()) {
      case OK:
        return Delivery.SENT;
      case UNREACHABLE:
        return Delivery.UNREACHABLE;
      case RATE_LIMITED:
        return result.retryAfter() == null
            ? Delivery.FAILED
            : Delivery.retryAfter(result.retryAfter());
      default:
        return Delivery.FAILED;
    }
  }
}
