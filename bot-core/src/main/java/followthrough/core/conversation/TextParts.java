package followthrough.core.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into parts a platform accepts in one message (Telegram 4,096 characters, Discord
 * 2,000): on line boundaries where possible, a single over-long line on the limit (never inside a
 * surrogate pair).
 */
public final class TextParts {

  private TextParts() {}

  /** The parts, in order; one part when the text fits, none for an empty text. */
  public static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int needed = part.length() == 0 ? line.length() : part.length() + 1 + line.length();
      if (needed <= max) {
        if (part.length() > 0) {
          part.append('\n');
        }
        part.append(line);
        continue;
      }
      flush(parts, part);
      String rest = line;
      while (rest.length() > max) {
        int cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
        parts.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      part.append(rest);
    }
    flush(parts, part);
    return parts;
  }

  private static void flush(List<String> parts, StringBuilder part) {
    if (!part.toString().isBlank()) {
      parts.add(part.toString());
    }
    part.setLength(0);
  }
}
