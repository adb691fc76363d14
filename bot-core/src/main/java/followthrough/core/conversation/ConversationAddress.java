package followthrough.core.conversation;

import followthrough.core.domain.user.ChatAddress;
import java.util.Objects;

/** A chat the bot may write to without being asked: the user's own chat or a team channel. */
public record ConversationAddress(Platform platform, String chatId) {

  public ConversationAddress {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
  }

  /** The form kept in a user's profile. */
  public ChatAddress toChatAddress() {
    return new ChatAddress(platform.code(), chatId);
  }

  /** The address kept in a user's profile. */
  public static ConversationAddress of(ChatAddress address) {
    return new ConversationAddress(Platform.fromCode(address.platform()), address.chatId());
  }
}
