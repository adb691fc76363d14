package followthrough.core.domain.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When to remind the user of a meeting and prompt them to confirm it with the contact: the day
 * before at the same local time (so a 10:00 meeting is recalled at 10:00 the day before, across a
 * daylight-saving switch too) and 2 hours before. Reminders that would lie in the past when the
 * meeting is planned are left out.
 */
public final class MeetingReminders {

  /** The short reminder before a meeting. */
  public static final Duration SHORT_NOTICE = Duration.ofHours(2);

  private MeetingReminders() {}

  /** The reminder instants for a meeting at {@code at}, planned at {@code now}, in order. */
  public static List<Instant> times(Instant at, ZoneId zone, Instant now) {
    List<Instant> times = new ArrayList<>();
    Instant dayBefore = at.atZone(zone).minusDays(1).toInstant();
    Instant shortly = at.minus(SHORT_NOTICE);
    if (dayBefore.isAfter(now) && dayBefore.isBefore(shortly)) {
      times.add(dayBefore);
    }
    if (shortly.isAfter(now)) {
      times.add(shortly);
    }
    return times;
  }
}
