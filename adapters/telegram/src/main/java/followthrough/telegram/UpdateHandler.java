package followthrough.telegram;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.Outbound;
import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Does what an update means: answers a button press at once (so its spinner stops), hands the turn
 * to the engine and sends the replies patiently, points group commands to the private chat without
 * showing any personal data, and records blocked and restarted chats. Runs on worker threads, one
 * chat at a time; never throws.
 */
final class UpdateHandler {

  static final String GROUP_TEXT = "telegram.group.private";
  static final String GROUP_BUTTON = "telegram.group.open";
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

  private final ConversationEngine engine;
  private final TelegramSender sender;
  private final ReplyRenderer renderer;
  private final Messages messages;
  private final ChatReachability reachability;
  private final TelegramDeepLinks links;

  UpdateHandler(
      ConversationEngine engine,
      TelegramSender sender,
      Messages messages,
      ChatReachability reachability,
      TelegramDeepLinks links) {
    this.engine = engine;
    this.sender = sender;
    this.renderer = new ReplyRenderer();
    this.messages = messages;
    this.reachability = reachability;
    this.links = links;
  }

  /** Handles one update's meaning. */
  void handle(Incoming incoming) {
    try {
      if (incoming instanceof Incoming.Turn turn) {
        onTurn(turn);
      } else if (incoming instanceof Incoming.GroupCommand command) {
        onGroupCommand(command);
      } else if (incoming instanceof Incoming.MemberChange change) {
        onMemberChange(change);
      } else if (incoming instanceof Incoming.Unsupported unsupported) {
        Locale locale = SupportedLocales.resolve(null, unsupported.languageCode());
        String text = messages.render(Phrase.of(unsupported.messageKey()), locale);
        send(unsupported.chatId(), Outbound.text(text));
      } else if (incoming instanceof Incoming.Ignored ignored) {
        answer(ignored.callbackQueryId());
      }
    } catch (RuntimeException e) {
      log.warn("A Telegram update could not be handled", e);
    }
  }

  private void onTurn(Incoming.Turn turn) {
    answer(turn.callbackQueryId());
    List<Outbound> replies = engine.handle(turn.inbound());
    for (Outbound reply : replies) {
      if (!send(turn.chatId(), reply)) {
        return;
      }
    }
  }

  private void onGroupCommand(Incoming.GroupCommand command) {
    Locale locale = SupportedLocales.resolve(null, command.languageCode());
    String text = messages.render(Phrase.of(GROUP_TEXT), locale);
    String label = messages.render(Phrase.of(GROUP_BUTTON), locale);
    var pointer = renderer.privateChatPointer(command.chatId(), text, label, links.chat());
    sender.patiently(command.chatId(), true, client -> client.execute(pointer));
  }

  private void onMemberChange(Incoming.MemberChange change) {
    if (change.reachable()) {
      reachability.reachable(change.chatId());
    } else {
      reachability.unreachable(change.chatId());
    }
  }

  /** Sends one reply in a private chat; false when the chat turned out unreachable. */
  private boolean send(long chatId, Outbound reply) {
    for (PartialBotApiMethod<?> call : renderer.render(chatId, reply)) {
      SendResult<?> result = sender.patiently(chatId, false, Calls.of(call));
      if (call instanceof EditMessageText && result.status() == SendResult.Status.REJECTED) {
        // the message is too old to edit, or was deleted: show the reply as a new message
        return sendNew(chatId, reply);
      }
      if (!checked(chatId, result)) {
        return false;
      }
    }
    return true;
  }

  private boolean sendNew(long chatId, Outbound reply) {
    for (PartialBotApiMethod<?> call : renderer.asNew(chatId, reply)) {
      if (!checked(chatId, sender.patiently(chatId, false, Calls.of(call)))) {
        return false;
      }
    }
    return true;
  }

  private boolean checked(long chatId, SendResult<?> result) {
    if (result.status() == SendResult.Status.UNREACHABLE) {
      reachability.unreachable(chatId);
      return false;
    }
    if (!result.ok()) {
      log.warn("A Telegram reply could not be sent: {}", result.status());
    }
    return true;
  }

  private void answer(@Nullable String callbackQueryId) {
    if (callbackQueryId != null) {
      AnswerCallbackQuery answer =
          AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build();
      sender.direct(client -> client.execute(answer));
    }
  }
}
