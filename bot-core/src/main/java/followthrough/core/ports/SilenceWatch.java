package followthrough.core.ports;

import followthrough.core.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * First-line members filed under the UTC day they will count as silent, so that the silent-member
 * job reads only the days that have passed, in one query, instead of checking every member. An
 * entry may be stale (the member was active since); the job checks each against their facts.
 * Thread-safe.
 */
public interface SilenceWatch {

  /** Files a member under a day; filing the same again changes nothing. */
  void file(Filing filing);

  /** Takes a member out of a day (they were active before it came). */
  void unfile(Filing filing);

  /** Every filing of the days from {@code from} to {@code until}, both included. */
  List<Filing> due(LocalDate from, LocalDate until);

  /** Forgets every filing of a day that was handled. */
  void clear(LocalDate day);

  /** The last day the job handled, or empty before its first run. */
  Optional<LocalDate> handledThrough();

  /** Records the last day the job handled. */
  void handledThrough(LocalDate day);

  /**
   * A member filed under a day.
   *
   * @param snoozed whether the sponsor snoozed the nudge about this member until that day
   */
  record Filing(UserId member, LocalDate day, boolean snoozed) {
    public Filing {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(day, "day");
    }
  }
}
