package followthrough.telegram;

import followthrough.core.conversation.Inbound;
import org.jspecify.annotations.Nullable;

/** What an update means to the bot, as {@link UpdateMapper} reads it. */
sealed interface Incoming {

  /** The chat the work is ordered by, or null when the update concerns no chat. */
  @Nullable Long queue();

  /**
   * A message or button press for the engine, in a private chat.
   *
   * @param callbackQueryId the button press to answer, or null for a typed message
   */
  record Turn(long chatId, Inbound inbound, @Nullable String callbackQueryId) implements Incoming {
    @Override
    public Long queue() {
      return chatId;
    }
  }

  /** A command addressed to the bot in a group: answered with a pointer to the private chat. */
  record GroupCommand(long chatId, @Nullable String languageCode) implements Incoming {
    @Override
    public Long queue() {
      return chatId;
    }
  }

  /** The user blocked the bot (unreachable) or started it again, in their private chat. */
  record MemberChange(long chatId, boolean reachable) implements Incoming {
    @Override
    public Long queue() {
      return chatId;
    }
  }

  /**
   * Something in a private chat the bot does not read (a sticker, photo, voice, an edit).
   *
   * @param messageKey the bundle key of the short answer
   */
  record Unsupported(long chatId, @Nullable String languageCode, String messageKey)
      implements Incoming {
    @Override
    public Long queue() {
      return chatId;
    }
  }

  /**
   * Nothing to do (a channel post, a group message not for the bot, an unknown update).
   *
   * @param callbackQueryId a button press that still needs its answer, or null
   */
  record Ignored(@Nullable String callbackQueryId) implements Incoming {
    @Override
    public @Nullable Long queue() {
      return null;
    }
  }
}
