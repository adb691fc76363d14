package followthrough.core.dialogs.when;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** What a typed date or time means, read by {@link WhenParser}. */
public sealed interface When {

  /** A moment: a day and a time of day, in the user's zone, not in the past. */
  record Moment(ZonedDateTime at) implements When {}

  /** A day without a time of day ("tomorrow", "in 3 days", "25.12."), today or later. */
  record Day(LocalDate date) implements When {}

  /** Not taken: the user is asked again, never silently guessed for. */
  record AskBack(Reason reason) implements When {}

  /** Why a text was not taken. */
  enum Reason {
    /** It reads as a date or time, but that lies in the past. */
    PAST,
    /** It could mean more than one date or time (for example "10" or "1/2"). */
    AMBIGUOUS,
    /** That local time does not exist on that day (a daylight-saving gap). */
    NONEXISTENT,
    /** It does not read as a date or time at all. */
    UNREADABLE
  }
}
