package followthrough.core.dialogs.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything found in one text, before it is checked against the calendar. The readers only
 * collect; {@link Resolver} decides what the pieces mean together.
 */
final class Reading {

  final List<DaySpec> days = new ArrayList<>();
  final List<ClockTime> times = new ArrayList<>();

  /** "in 2 hours": moves the clock, not the calendar. */
  final List<Duration> shifts = new ArrayList<>();

  /** Numbers that were neither a day nor a time by themselves ("tomorrow 10", "10"). */
  final List<Integer> bareNumbers = new ArrayList<>();

  /** Parts of the day standing alone ("evening"). */
  final List<Meridiem> dayparts = new ArrayList<>();

  /** A word or piece that means nothing here, or a time or date that cannot be. */
  boolean unreadable;

  /** A piece that is too vague to act on ("December", "midnight", "1/2"). */
  boolean ambiguous;

  boolean foundNothing() {
    return days.isEmpty()
        && times.isEmpty()
        && shifts.isEmpty()
        && bareNumbers.isEmpty()
        && dayparts.isEmpty()
        && !ambiguous;
  }
}
