package followthrough.core.conversation;

import followthrough.core.i18n.Phrase;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button a dialog offers. The value comes back as {@link Input.Button} when pressed; it is a
 * short id, never a payload, so that it fits every platform (Telegram allows 64 bytes).
 */
public record Choice(Phrase label, String value) {

  /** Longest value, in UTF-8 bytes, that every platform carries. */
  public static final int MAX_VALUE_BYTES = 64;

  public Choice {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    if (value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException("choice value longer than 64 bytes: " + value);
    }
  }

  /** A button labelled by a bundle key. */
  public static Choice of(String labelKey, String value) {
    return new Choice(Phrase.of(labelKey), value);
  }
}
