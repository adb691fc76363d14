package followthrough.core.dialogs.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Decides what the pieces of a {@link Reading} mean together, at a moment in the user's zone. */
final class Resolver {

  private static final int LAST_HOUR = 23;

  private Resolver() {}

  static When resolve(Reading reading, ZonedDateTime now) {
    if (reading.unreadable || reading.foundNothing()) {
      return ask(When.Reason.UNREADABLE);
    }
    if (reading.ambiguous || conflicting(reading)) {
      return ask(When.Reason.AMBIGUOUS);
    }
    if (!reading.shifts.isEmpty()) {
      return new When.Moment(now.plus(reading.shifts.get(0)));
    }
    Optional<ClockTime> clock = clock(reading);
    Optional<Meridiem> daypart = reading.dayparts.stream().findFirst();
    if (clock.isEmpty()) {
      // "tomorrow evening" names a day and a vague time: asked back, not guessed
      return daypart.isPresent() ? ask(When.Reason.AMBIGUOUS) : onDay(reading.days, null, now);
    }
    Optional<LocalTime> time = clock.get().in(daypart);
    return time.isEmpty() ? ask(When.Reason.AMBIGUOUS) : onDay(reading.days, time.get(), now);
  }

  /** Two of a kind, or a bare number that cannot be an hour of a named day. */
  private static boolean conflicting(Reading r) {
    boolean shiftWithMore =
        !r.shifts.isEmpty()
            && (r.shifts.size() > 1
                || !r.days.isEmpty()
                || !r.times.isEmpty()
                || !r.bareNumbers.isEmpty()
                || !r.dayparts.isEmpty());
    boolean bareNotHour =
        r.bareNumbers.size() == 1
            && (!r.times.isEmpty() || r.days.isEmpty() || r.bareNumbers.get(0) > LAST_HOUR);
    return shiftWithMore
        || bareNotHour
        || r.times.size() > 1
        || r.bareNumbers.size() > 1
        || r.dayparts.size() > 1;
  }

  /** A typed time, or a bare number after a named day ("tomorrow 10", "Freitag 18"). */
  private static Optional<ClockTime> clock(Reading r) {
    if (!r.times.isEmpty()) {
      return Optional.of(r.times.get(0));
    }
    return r.bareNumbers.stream().findFirst().map(h -> new ClockTime(h, 0, h >= 1 && h <= 12));
  }

  private static When onDay(List<DaySpec> days, @Nullable LocalTime time, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    boolean todayAhead =
        time != null && !ZonedDateTime.of(today, time, now.getZone()).isBefore(now);
    if (days.isEmpty()) {
      // a time alone: today, or tomorrow once it has passed today
      return finish(todayAhead ? today : today.plusDays(1), time, now);
    }
    for (DaySpec day : days) {
      if (day.resolve(today, todayAhead).isEmpty()) {
        return ask(When.Reason.UNREADABLE);
      }
    }
    DaySpec anchor = days.stream().filter(DaySpec::anchors).findFirst().orElse(days.get(0));
    LocalDate date = anchor.resolve(today, todayAhead).orElse(today);
    for (DaySpec day : days) {
      if (!day.agrees(date, today)) {
        return ask(When.Reason.AMBIGUOUS);
      }
    }
    return finish(date, time, now);
  }

  private static When finish(LocalDate date, @Nullable LocalTime time, ZonedDateTime now) {
    if (date.isBefore(now.toLocalDate())) {
      return ask(When.Reason.PAST);
    }
    if (time == null) {
      return new When.Day(date);
    }
    LocalDateTime local = date.atTime(time);
    ZoneId zone = now.getZone();
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      return ask(When.Reason.NONEXISTENT);
    }
    // in an autumn overlap ZonedDateTime.of takes the earlier offset: the first 02:30
    ZonedDateTime at = ZonedDateTime.of(local, zone);
    return at.isBefore(now) ? ask(When.Reason.PAST) : new When.Moment(at);
  }

  private static When ask(When.Reason reason) {
    return new When.AskBack(reason);
  }
}
