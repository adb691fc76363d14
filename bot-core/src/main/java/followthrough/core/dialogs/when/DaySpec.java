package followthrough.core.dialogs.when;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** One way the text names a day: relative ("tomorrow"), by weekday, or by calendar date. */
interface DaySpec {

  /**
   * The day meant, or empty when there is no such day ("31.02.").
   *
   * @param todayStillAhead a time was typed and it is still ahead today
   */
  Optional<LocalDate> resolve(LocalDate today, boolean todayStillAhead);

  /** Whether this could name {@code date}, when the text names the day twice ("Fri 27.03."). */
  default boolean agrees(LocalDate date, LocalDate today) {
    return resolve(today, true).map(date::equals).orElse(false);
  }

  /** A weekday only checks another day; it never decides one when a date is given as well. */
  default boolean anchors() {
    return true;
  }

  /** Days, weeks, months or years from today; negative for "yesterday". */
  record Ahead(Period period) implements DaySpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, boolean todayStillAhead) {
      return Optional.of(today.plus(period));
    }
  }

  /**
   * A weekday. Today only if it is that weekday, a time was typed, that time is still ahead, and
   * the user did not say "next"; otherwise the first such day after today.
   */
  record OnWeekday(DayOfWeek day, boolean afterToday) implements DaySpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, boolean todayStillAhead) {
      if (!afterToday && todayStillAhead && today.getDayOfWeek() == day) {
        return Optional.of(today);
      }
      return Optional.of(today.with(TemporalAdjusters.next(day)));
    }

    @Override
    public boolean agrees(LocalDate date, LocalDate today) {
      return date.getDayOfWeek() == day && (!afterToday || date.isAfter(today));
    }

    @Override
    public boolean anchors() {
      return false;
    }
  }

  /** A calendar date; {@code year} 0 means the next such date that is not in the past. */
  record OnDate(int day, int month, int year) implements DaySpec {

    /** How far to look for a year-less 29 February. */
    private static final int LEAP_SEARCH_YEARS = 8;

    @Override
    public Optional<LocalDate> resolve(LocalDate today, boolean todayStillAhead) {
      if (year != 0) {
        return exists(year) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
      }
      for (int y = today.getYear(); y <= today.getYear() + LEAP_SEARCH_YEARS; y++) {
        if (exists(y) && !LocalDate.of(y, month, day).isBefore(today)) {
          return Optional.of(LocalDate.of(y, month, day));
        }
      }
      return Optional.empty();
    }

    /** Whether some year has this day (with the given year, whether that one has it). */
    boolean possible() {
      boolean inSomeYear = month >= 1 && month <= 12 && day >= 1;
      return inSomeYear && (year == 0 ? day <= Month.of(month).maxLength() : exists(year));
    }

    private boolean exists(int y) {
      return month >= 1
          && month <= 12
          && day >= 1
          && y >= 1
          && y <= 9999
          && YearMonth.of(y, month).isValidDay(day);
    }
  }
}
