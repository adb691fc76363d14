package followthrough.core.domain.user;

import java.util.Objects;

/**
 * Where the bot may write to a user first: the platform's name and the id of the user's private
 * chat there. Captured when the user writes; never an address of one of the user's contacts.
 *
 * @param unreachable whether the platform said this chat cannot be reached (the user blocked the
 *     bot): nudges are held back until the user writes again, which captures a fresh address
 */
public record ChatAddress(String platform, String chatId, boolean unreachable) {

  public ChatAddress {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
  }

  /** A reachable address. */
  public ChatAddress(String platform, String chatId) {
    this(platform, chatId, false);
  }

  /** This address, marked as one the platform cannot deliver to. */
  public ChatAddress markedUnreachable() {
    return new ChatAddress(platform, chatId, true);
  }
}
