package followthrough.telegram;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Platform;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads an {@link Update}: private text and commands (a deep link's {@code /start <payload>}
 * included) and button presses become turns for the engine, with the user's {@code language_code};
 * in groups only commands addressed to this bot ({@code /cmd@ThisBot}) count, since other bots in
 * the group share plain {@code /cmd}; {@code my_chat_member} in a private chat says whether the
 * user blocked the bot; everything else gets a short answer or is ignored. Never throws for an
 * update Telegram can send. Stateless apart from the bot's username.
 */
final class UpdateMapper {

  static final String UNSUPPORTED = "telegram.unsupported";
  static final String EDITED = "telegram.edited";

  private final String botUsername;

  UpdateMapper(String botUsername) {
    this.botUsername = botUsername;
  }

  /** What the update means. */
  Incoming map(Update update) {
    if (update.hasCallbackQuery()) {
      return pressed(update.getCallbackQuery());
    }
    if (update.hasMessage()) {
      return message(update.getMessage());
    }
    if (update.hasEditedMessage() && isPrivate(update.getEditedMessage().getChat())) {
      Message edited = update.getEditedMessage();
      return new Incoming.Unsupported(edited.getChatId(), language(edited.getFrom()), EDITED);
    }
    if (update.hasMyChatMember()) {
      return membership(update.getMyChatMember());
    }
    return new Incoming.Ignored(null);
  }

  private Incoming message(Message message) {
    User from = message.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
      return new Incoming.Ignored(null);
    }
    if (!isPrivate(message.getChat())) {
      return groupMessage(message);
    }
    if (!message.hasText()) {
      return new Incoming.Unsupported(message.getChatId(), language(from), UNSUPPORTED);
    }
    Inbound inbound =
        Inbound.typed(key(message.getChatId(), from), language(from), message.getText());
    return new Incoming.Turn(message.getChatId(), inbound, null);
  }

  private Incoming groupMessage(Message message) {
    Chat chat = message.getChat();
    boolean group =
        Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat());
    if (group && message.hasText() && addressedToMe(message.getText())) {
      return new Incoming.GroupCommand(message.getChatId(), language(message.getFrom()));
    }
    return new Incoming.Ignored(null);
  }

  private boolean addressedToMe(String text) {
    String t = text.strip();
    if (!t.startsWith("/")) {
      return false;
    }
    String command = t.split("\\s", 2)[0];
    int at = command.indexOf('@');
    return at > 1
        && command
            .substring(at + 1)
            .toLowerCase(Locale.ROOT)
            .equals(botUsername.toLowerCase(Locale.ROOT));
  }

  private Incoming pressed(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    User from = query.getFrom();
    if (message == null
        || from == null
        || query.getData() == null
        || !isPrivate(message.getChat())) {
      return new Incoming.Ignored(query.getId());
    }
    ConversationKey key = key(message.getChatId(), from);
    String ref = String.valueOf(message.getMessageId());
    Inbound inbound = Inbound.pressed(key, language(from), query.getData(), ref);
    return new Incoming.Turn(message.getChatId(), inbound, query.getId());
  }

  private static Incoming membership(ChatMemberUpdated change) {
    if (!isPrivate(change.getChat()) || change.getNewChatMember() == null) {
      return new Incoming.Ignored(null);
    }
    String status = change.getNewChatMember().getStatus();
    if ("kicked".equals(status)) {
      return new Incoming.MemberChange(change.getChat().getId(), false);
    }
    if ("member".equals(status)) {
      return new Incoming.MemberChange(change.getChat().getId(), true);
    }
    return new Incoming.Ignored(null);
  }

  private static boolean isPrivate(@Nullable Chat chat) {
    return chat != null && Boolean.TRUE.equals(chat.isUserChat());
  }

  private static ConversationKey key(long chatId, User from) {
    return new ConversationKey(
        Platform.TELEGRAM, Long.toString(chatId), Long.toString(from.getId()));
  }

  private static @Nullable String language(@Nullable User user) {
    return user == null ? null : user.getLanguageCode();
  }
}
