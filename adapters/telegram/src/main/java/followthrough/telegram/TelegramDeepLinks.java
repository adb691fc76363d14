package followthrough.telegram;

import followthrough.core.conversation.Platform;
import followthrough.core.ports.DeepLinks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links into the private chat with this bot, {@code https://t.me/<bot>?start=<payload>}, from the
 * username {@code getMe} reported at start-up. Other platforms get none. Immutable.
 */
public final class TelegramDeepLinks implements DeepLinks {

  private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final String botUsername;

  public TelegramDeepLinks(String botUsername) {
    this.botUsername = botUsername;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the payload has characters Telegram does not carry
   */
  @Override
  public Optional<String> privateChat(Platform platform, String payload) {
    if (platform != Platform.TELEGRAM) {
      return Optional.empty();
    }
    if (!PAYLOAD.matcher(payload).matches()) {
      throw new IllegalArgumentException("start payload must be [A-Za-z0-9_-]{1,64}");
    }
    return Optional.of(chat() + "?start=" + payload);
  }

  /**
   * The private chat with the bot, without a payload: the user's first tap sends {@code /start}.
   */
  public String chat() {
    return "https://t.me/" + botUsername;
  }
}
