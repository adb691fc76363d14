package followthrough.console;

import java.io.PrintWriter;

/**
 * The line prefixes that keep a console session readable as a transcript: the bot's messages start
 * with {@code bot: } and their further lines are indented to match, the console's own lines start
 * with {@code -- }. Blank lines stay empty so that a transcript has no trailing blanks.
 */
final class Transcript {

  private static final String BOT = "bot: ";
  private static final String MORE = " ".repeat(BOT.length());
  private static final String META = "-- ";

  private Transcript() {}

  /** A rendered message of the bot, ready to print. */
  static String bot(String rendered) {
    StringBuilder out = new StringBuilder(rendered.length() + 32);
    String prefix = BOT;
    for (String line : rendered.split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(line.isEmpty() ? "" : prefix).append(line);
      prefix = MORE;
    }
    return out.toString();
  }

  /**
   * Prints {@code text} and a line break. The break is always {@code \n}, so that a transcript is
   * the same on every system; callers hold the writer's lock and flush.
   */
  static void print(PrintWriter out, String text) {
    out.print(text);
    out.print('\n');
  }

  /** A line of the console itself, not of the bot. */
  static String meta(String text) {
    return META + text;
  }
}
