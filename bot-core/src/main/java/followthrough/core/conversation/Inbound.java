package followthrough.core.conversation;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message or button press as an adapter hands it to the engine.
 *
 * @param languageCode the platform's language for the user (Telegram {@code language_code}, Discord
 *     locale), or null when the platform does not tell
 * @param messageRef the platform's id of the bot message whose button was pressed, or null; a reply
 *     may edit that message
 */
public record Inbound(
    ConversationKey key, @Nullable String languageCode, Input input, @Nullable String messageRef) {

  public Inbound {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(input, "input");
  }

  /**
   * Reads a line as the user typed it: {@code /name args} is a command (a {@code @BotName} suffix
   * on the name is dropped), anything else is text.
   */
  public static Inbound typed(ConversationKey key, @Nullable String languageCode, String line) {
    return new Inbound(key, languageCode, parseLine(line), null);
  }

  /** A button press. */
  public static Inbound pressed(
      ConversationKey key, @Nullable String languageCode, String value, @Nullable String ref) {
    return new Inbound(key, languageCode, new Input.Button(value), ref);
  }

  private static Input parseLine(String line) {
    String t = line.strip();
    if (t.length() > 1 && t.charAt(0) == '/' && Character.isLetter(t.charAt(1))) {
      int space = firstWhitespace(t);
      String name = t.substring(1, space);
      int at = name.indexOf('@');
      if (at >= 0) {
        name = name.substring(0, at);
      }
      String args = space < t.length() ? t.substring(space).strip() : "";
      return new Input.Command(name.toLowerCase(Locale.ROOT), args);
    }
    return new Input.Text(line);
  }

  private static int firstWhitespace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return i;
      }
    }
    return t.length();
  }
}
