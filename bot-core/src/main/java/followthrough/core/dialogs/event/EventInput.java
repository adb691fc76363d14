package followthrough.core.dialogs.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads what users type while planning an event and registering contacts. Stateless. */
final class EventInput {

  /** Longest title, in characters. */
  static final int MAX_TITLE = 100;

  /** Longest place or link, in characters. */
  static final int MAX_PLACE = 300;

  /** Longest fee ("20 €", "1 500 ₽"), in characters. */
  static final int MAX_FEE = 30;

  /** Largest capacity taken. */
  static final int MAX_CAPACITY = 10_000;

  /** Most names read from one message. */
  static final int MAX_NAMES = 30;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]+");

  private EventInput() {}

  /** A text of 1 to {@code max} characters (after stripping), or empty. */
  static Optional<String> text(String text, int max) {
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > max) {
      return Optional.empty();
    }
    return Optional.of(stripped);
  }

  /** A capacity of 1 to {@link #MAX_CAPACITY}. */
  static Optional<Integer> capacity(String text) {
    String stripped = text.strip();
    if (!NUMBER.matcher(stripped).matches()) {
      return Optional.empty();
    }
    int value = Integer.parseInt(stripped);
    return value >= 1 && value <= MAX_CAPACITY ? Optional.of(value) : Optional.empty();
  }

  /** The names in a message: separated by commas, semicolons or lines; blanks dropped. */
  static List<String> names(String text) {
    return Arrays.stream(SEPARATORS.split(text))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .limit(MAX_NAMES)
        .toList();
  }
}
