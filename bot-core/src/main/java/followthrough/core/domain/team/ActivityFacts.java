package followthrough.core.domain.team;

import followthrough.core.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a sponsor or leader may know about a user's activity: when they last used the follow-up
 * features and how much they did per week. Counts only: never a contact's name, phone or note.
 *
 * @param weeks counts per week, keyed by the week's Monday (UTC)
 */
public record ActivityFacts(UserId user, Instant lastActiveAt, Map<LocalDate, WeekCounts> weeks) {

  public ActivityFacts {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(lastActiveAt, "lastActiveAt");
    weeks = java.util.Collections.unmodifiableMap(new TreeMap<>(weeks));
  }

  /** The Monday (UTC) of the week an instant lies in. */
  public static LocalDate weekOf(Instant at) {
    return at.atZone(ZoneOffset.UTC)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The counts of the week starting on {@code monday}; none when nothing was done. */
  public WeekCounts week(LocalDate monday) {
    return weeks.getOrDefault(monday, WeekCounts.NONE);
  }

  /** These facts after one more activity at {@code at}. */
  public ActivityFacts plus(ActivityKind kind, Instant at) {
    Map<LocalDate, WeekCounts> more = new TreeMap<>(weeks);
    more.merge(weekOf(at), WeekCounts.NONE.plus(kind), WeekCounts::add);
    Instant last = at.isAfter(lastActiveAt) ? at : lastActiveAt;
    return new ActivityFacts(user, last, more);
  }

  /** The facts of a user's first activity. */
  public static ActivityFacts first(UserId user, ActivityKind kind, Instant at) {
    return new ActivityFacts(user, at, Map.of(weekOf(at), WeekCounts.NONE.plus(kind)));
  }
}
