package followthrough.console;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the argument of {@code :advance}: one or more parts of a number and a unit, {@code d} days,
 * {@code h} hours, {@code m} minutes, {@code s} seconds, written together as in {@code 2d}, {@code
 * 90m} or {@code 1d2h}.
 */
final class ConsoleDurations {

  private static final Pattern WHOLE = Pattern.compile("(\\d{1,6}[dhms])+");
  private static final Pattern PART = Pattern.compile("(\\d{1,6})([dhms])");

  private ConsoleDurations() {}

  /**
   * The duration {@code text} stands for.
   *
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(t);
    while (part.find()) {
      total = total.plus(of(Long.parseLong(part.group(1)), part.group(2).charAt(0)));
    }
    return total;
  }

  private static Duration of(long amount, char unit) {
    return switch (unit) {
      case 'd' -> Duration.ofDays(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'm' -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
