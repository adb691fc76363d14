package followthrough.core.ports;

import followthrough.core.conversation.Platform;
import java.util.Optional;

/**
 * Links that open the user's private chat with the bot and hand it a start payload (Telegram's
 * {@code https://t.me/<bot>?start=<payload>}). Platforms without such links give none; dialogs then
 * show the payload as a code to type instead (Discord's {@code /join <code>}).
 */
public interface DeepLinks {

  /**
   * The link that opens a private chat with the bot on the platform and starts it with the payload
   * ({@code [A-Za-z0-9_-]}, at most 64 characters), or empty when the platform has none.
   */
  Optional<String> privateChat(Platform platform, String payload);

  /** No platform has links. */
  static DeepLinks none() {
    return (platform, payload) -> Optional.empty();
  }
}
