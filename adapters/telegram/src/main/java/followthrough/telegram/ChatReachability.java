package followthrough.telegram;

import followthrough.core.conversation.Platform;
import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.UserProfiles;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks a user's private chat unreachable when Telegram says the user blocked the bot (403 on a
 * reply, {@code my_chat_member} "kicked"), and reachable again when they restart it, through the
 * same profile address the nudge job reads and the engine refreshes. A private chat's id is the
 * user's id on Telegram. Failures are logged, never thrown.
 */
final class ChatReachability {

  private static final Logger log = LoggerFactory.getLogger(ChatReachability.class);

  private final UserProfiles profiles;

  ChatReachability(UserProfiles profiles) {
    this.profiles = profiles;
  }

  /** Holds nudges back for this private chat until the user writes or restarts the bot. */
  void unreachable(long chatId) {
    update(chatId, false);
  }

  /** Lets nudges reach this private chat again. */
  void reachable(long chatId) {
    update(chatId, true);
  }

  private void update(long chatId, boolean reachable) {
    try {
      String platform = Platform.TELEGRAM.code();
      Optional<UserProfile> found = profiles.find(UserId.of(platform, Long.toString(chatId)));
      if (found.isEmpty()) {
        return;
      }
      ChatAddress own = new ChatAddress(platform, Long.toString(chatId));
      ChatAddress address = found.get().address();
      if (address != null && !address.platform().equals(platform)) {
        return; // the user's nudges go to another platform; leave that address alone
      }
      ChatAddress wanted = reachable ? own : own.markedUnreachable();
      if (!wanted.equals(address)) {
        profiles.save(found.get().withAddress(wanted));
      }
    } catch (RuntimeException e) {
      log.warn("Could not record whether a Telegram chat is reachable", e);
    }
  }
}
