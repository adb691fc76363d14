package followthrough.core.domain.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Putting a follow-up off without dropping it: for an hour, or until tomorrow at the local time it
 * was due. Unlike "not reached", a snooze is the user's own choice and is not counted as a carry-
 * over.
 */
public final class Snooze {

  /** The short snooze. */
  public static final Duration SHORT = Duration.ofHours(1);

  private Snooze() {}

  /** Due again an hour from now. */
  public static FollowUp forAnHour(FollowUp followUp, Instant now) {
    return followUp.snoozed(now, SHORT);
  }

  /**
   * Due again tomorrow (the day after {@code now} in the user's zone) at the local time it was due;
   * pressing it twice gives the same time.
   */
  public static FollowUp untilTomorrow(FollowUp followUp, Instant now, ZoneId zone) {
    ZonedDateTime due = followUp.dueAt().atZone(zone);
    ZonedDateTime next =
        now.atZone(zone).toLocalDate().plusDays(1).atTime(due.toLocalTime()).atZone(zone);
    return followUp.rescheduled(next.toInstant());
  }

  /**
   * Whether the follow-up is due only after today in the user's zone: it was moved already (a
   * repeated press on an old agenda message), so carrying it over again would count it twice.
   */
  public static boolean isPastToday(FollowUp followUp, Instant now, ZoneId zone) {
    Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    return !followUp.dueAt().isBefore(tomorrow);
  }
}
