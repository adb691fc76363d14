package followthrough.core.conversation;

import followthrough.core.domain.user.UserId;
import java.util.Objects;

/**
 * Identifies one conversation: a user in a chat on a platform. Dialog state is saved per key, so
 * the same user has separate conversations in a private chat and in a group. Adapters give a
 * private chat the user's own id as its chat id (Telegram does so itself; a Discord DM is opened by
 * user id), which is how the engine tells a private chat from a group.
 */
public record ConversationKey(Platform platform, String chatId, String userId) {

  public ConversationKey {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(userId, "userId");
  }

  /** The user behind this conversation. */
  public UserId user() {
    return UserId.of(platform.code(), userId);
  }

  /** The chat of this conversation, as an address for messages the bot sends first. */
  public ConversationAddress address() {
    return new ConversationAddress(platform, chatId);
  }

  /**
   * Where the bot writes to this user first: their private chat when the platform opens one by user
   * id (a Discord DM), so that personal nudges never land in a server channel; else this chat.
   */
  public ConversationAddress personalAddress() {
    return platform.opensPrivateChats() ? new ConversationAddress(platform, userId) : address();
  }

  /** Whether this is the user's private chat with the bot. */
  public boolean isPrivate() {
    return chatId.equals(userId);
  }

  /** One string for this key, used as a store's document id. */
  public String asId() {
    return platform.code() + ":" + chatId + ":" + userId;
  }
}
