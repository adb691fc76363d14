package followthrough.core.scheduling;

import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A user's day as the scheduler sees it: their zone (UTC while unknown), the hour of their morning
 * agenda and their quiet hours. Local times are computed in the zone, so 08:00 stays 08:00 across a
 * daylight-saving switch; a local time in the spring gap is moved forward by the gap.
 */
record LocalSchedule(ZoneId zone, Preferences preferences) {

  /** The schedule of a user, with defaults for what the profile does not say. */
  static LocalSchedule of(@Nullable UserProfile profile) {
    if (profile == null) {
      return new LocalSchedule(ZoneOffset.UTC, Preferences.DEFAULT);
    }
    ZoneId zone = profile.zone() == null ? ZoneOffset.UTC : profile.zone();
    return new LocalSchedule(zone, profile.preferences());
  }

  /** The local date of an instant. */
  LocalDate day(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /**
   * Whether an instant lies in the quiet hours: from {@code quietFrom} (inclusive) to {@code
   * quietUntil} (exclusive), across midnight when from is later than until; none when both are
   * equal.
   */
  boolean isQuiet(Instant at) {
    LocalTime from = preferences.quietFrom();
    LocalTime until = preferences.quietUntil();
    LocalTime local = at.atZone(zone).toLocalTime();
    if (from.equals(until)) {
      return false;
    }
    if (from.isBefore(until)) {
      return !local.isBefore(from) && local.isBefore(until);
    }
    return !local.isBefore(from) || local.isBefore(until);
  }

  /** The instant itself, or the end of the quiet period it falls in. */
  Instant afterQuiet(Instant at) {
    if (!isQuiet(at)) {
      return at;
    }
    LocalTime from = preferences.quietFrom();
    LocalTime until = preferences.quietUntil();
    LocalDate date = day(at);
    if (from.isAfter(until) && !at.atZone(zone).toLocalTime().isBefore(from)) {
      date = date.plusDays(1);
    }
    return date.atTime(until).atZone(zone).toInstant();
  }

  /** The morning agenda's instant on a day: the agenda hour, moved out of the quiet hours. */
  Instant morning(LocalDate date) {
    return afterQuiet(date.atTime(preferences.agendaHour(), 0).atZone(zone).toInstant());
  }

  /** The first day on or after {@code from} whose morning lies after {@code after}. */
  LocalDate firstMorning(LocalDate from, Instant after) {
    LocalDate earliest = day(after).minusDays(1);
    LocalDate date = from.isBefore(earliest) ? earliest : from;
    while (!morning(date).isAfter(after)) {
      date = date.plusDays(1);
    }
    return date;
  }
}
