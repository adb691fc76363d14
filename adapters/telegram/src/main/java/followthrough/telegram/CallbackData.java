package followthrough.telegram;

import java.nio.charset.StandardCharsets;

/**
 * A button's {@code callback_data}. Telegram carries at most 64 bytes. The engine's button values
 * are short ids already ({@code Choice} refuses longer ones, and nudge buttons are at most 52
 * bytes), so the value goes into the button as it is and comes back unchanged: no payload, no
 * lookup table to lose on restart.
 */
final class CallbackData {

  /** Telegram's limit for {@code callback_data}, in UTF-8 bytes. */
  static final int MAX_BYTES = 64;

  private CallbackData() {}

  /**
   * The callback data for a button value.
   *
   * @throws IllegalArgumentException when the value is empty or longer than 64 bytes
   */
  static String of(String value) {
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > MAX_BYTES) {
      throw new IllegalArgumentException("button value of " + bytes + " bytes: " + value);
    }
    return value;
  }
}
