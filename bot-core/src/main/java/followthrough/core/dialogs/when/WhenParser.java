package followthrough.core.dialogs.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads dates and times as people type them in English, German and Russian, relative to {@code now}
 * in the user's zone. Stateless and thread-safe.
 */
public final class WhenParser {

  private WhenParser() {}

  /** What {@code text} means at {@code now} (whose zone is the user's). */
  public static When parse(String text, ZonedDateTime now) {
    String t = text.strip();
    try {
      LocalDateTime at = LocalDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
      ZonedDateTime zoned = at.atZone(now.getZone());
      return zoned.isBefore(now) ? new When.AskBack(When.Reason.PAST) : new When.Moment(zoned);
    } catch (DateTimeParseException e) {
      // not this form
    }
    try {
      LocalDate day = LocalDate.parse(t);
      return day.isBefore(now.toLocalDate())
          ? new When.AskBack(When.Reason.PAST)
          : new When.Day(day);
    } catch (DateTimeParseException e) {
      return new When.AskBack(When.Reason.UNREADABLE);
    }
  }
}
