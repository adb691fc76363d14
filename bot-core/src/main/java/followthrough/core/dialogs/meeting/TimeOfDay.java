package followthrough.core.dialogs.meeting;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day as people type it in answer to "at what time?", in English, German and
 * Russian: {@code 10}, {@code 10:30}, {@code 10.30}, {@code 10h}, {@code at 3pm}, {@code um 10
 * Uhr}, {@code 7 abends}, {@code в 10}, {@code в 7 вечера}. A bare hour is read on the 24-hour
 * clock ({@code 3} is 03:00); the answer is shown back before anything is saved. Stateless and
 * thread-safe.
 */
public final class TimeOfDay {

  private static final Pattern TIME =
      Pattern.compile(
          "(?:(?:at|um|gegen|в|во|к)\\s+)?"
              + "(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2}))?"
              + "\\s*(?:uhr|h|ч\\.?|час(?:а|ов)?|o'clock)?"
              + "\\s*(am|a\\.m\\.|pm|p\\.m\\.|утра|ночи|дня|вечера"
              + "|morgens|früh|vormittags|nachmittags|abends)?");

  private static final Set<String> MORNING =
      Set.of("am", "a.m.", "утра", "ночи", "morgens", "früh", "vormittags");

  private TimeOfDay() {}

  /** The time of day {@code text} names, or empty when it names none. */
  public static Optional<LocalTime> parse(String text) {
    Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (minute > 59) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = MORNING.contains(m.group(3)) ? hour % 12 : hour % 12 + 12;
    }
    return hour > 23 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
  }
}
