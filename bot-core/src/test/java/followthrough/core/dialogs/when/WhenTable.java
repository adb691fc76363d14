package followthrough.core.dialogs.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/** The fixed moments the parser tables are read at, and their expected results written as text. */
final class WhenTable {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static final Map<String, ZonedDateTime> NOWS =
      Map.of(
          // a Wednesday, four days before the clocks go forward in Berlin
          "WED", at("2026-03-25T09:00", BERLIN),
          "FRI", at("2026-03-27T09:00", BERLIN),
          "FRI_EVE", at("2026-03-27T17:00", BERLIN),
          // the day before the spring gap (Sunday 29 March, 02:00 to 03:00 does not exist)
          "SAT", at("2026-03-28T09:00", BERLIN),
          "GAP_NIGHT", at("2026-03-29T01:30", BERLIN),
          // the day before the autumn overlap (Sunday 25 October, 02:00 to 03:00 happens twice)
          "AUTUMN", at("2026-10-24T12:00", BERLIN),
          "XMAS", at("2026-12-25T12:00", BERLIN),
          // UTC+3 all year, no daylight saving
          "MOSCOW", at("2026-03-25T09:00", MOSCOW));

  private WhenTable() {}

  static ZonedDateTime now(String name) {
    ZonedDateTime now = NOWS.get(name);
    if (now == null) {
      throw new IllegalArgumentException("no such now in the table: " + name);
    }
    return now;
  }

  /**
   * "2026-03-26T10:00+01:00" is a moment in the zone of {@code now}, "2026-03-26" a day, and
   * anything else the reason for asking back ("PAST").
   */
  static When expected(String text, ZonedDateTime now) {
    if (text.matches("[0-9]{4}-.*T.*")) {
      return new When.Moment(OffsetDateTime.parse(text).atZoneSameInstant(now.getZone()));
    }
    if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return new When.Day(LocalDate.parse(text));
    }
    return new When.AskBack(When.Reason.valueOf(text));
  }

  private static ZonedDateTime at(String local, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(local), zone);
  }
}
