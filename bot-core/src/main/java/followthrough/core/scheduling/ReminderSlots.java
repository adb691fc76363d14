package followthrough.core.scheduling;

import followthrough.core.domain.meeting.MeetingReminders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The reminders of something at a time (a meeting, a group event), the day before and shortly
 * before ({@link MeetingReminders#times}), fitted to the user's quiet hours. Stateless.
 */
final class ReminderSlots {

  private ReminderSlots() {}

  /**
   * The day-before and short reminders of something at {@code at}, moved out of quiet hours but
   * never to {@code at} or past it; a day-before one moved to or past the short one is left out.
   */
  static List<Nudge> plan(
      LocalSchedule schedule, Instant at, Instant now, BiFunction<Boolean, Instant, Nudge> make) {
    Instant shortly = at.minus(MeetingReminders.SHORT_NOTICE);
    Instant dayBefore = null;
    Instant soon = null;
    for (Instant t : MeetingReminders.times(at, schedule.zone(), now)) {
      Instant moved = schedule.afterQuiet(t);
      if (!moved.isBefore(at)) {
        continue;
      }
      if (t.equals(shortly)) {
        soon = moved;
      } else {
        dayBefore = moved;
      }
    }
    List<Nudge> nudges = new ArrayList<>();
    if (dayBefore != null && (soon == null || dayBefore.isBefore(soon))) {
      nudges.add(make.apply(true, dayBefore));
    }
    if (soon != null) {
      nudges.add(make.apply(false, soon));
    }
    return nudges;
  }
}
