package followthrough.core.domain.user;

import java.util.Objects;

/**
 * Where the bot may write to a user first: the platform's name and the id of the user's private
 * chat there. Captured when the user writes; never an address of one of the user's contacts.
 */
public record ChatAddress(String platform, String chatId) {

  public ChatAddress {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
  }
}
