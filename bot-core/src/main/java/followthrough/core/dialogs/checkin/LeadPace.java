package followthrough.core.dialogs.checkin;

import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.LeadPolicy;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies the lead policy (at most one touch a week) to a planned check-in: whether it comes too
 * soon after the last touch of a prospect, and the first slot at the user's agenda hour that does
 * not.
 */
final class LeadPace {

  private LeadPace() {}

  /**
   * The last touch, when a check-in at {@code at} with a contact on {@code rung} comes sooner than
   * a week after it; empty for a contact who is no prospect, or when the pace is fine.
   */
  static Optional<Instant> tooSoonAfter(Rung rung, List<Touch> touches, Instant at) {
    if (rung != Rung.PROSPECT || !LeadPolicy.tooSoon(touches, at)) {
      return Optional.empty();
    }
    return touches.stream().map(Touch::at).max(Comparator.naturalOrder());
  }

  /**
   * The first day, at {@code hour} in {@code zone}, that lies a week or more after {@code
   * lastTouch}.
   */
  static Instant firstFine(Instant lastTouch, int hour, ZoneId zone, Instant now) {
    Instant earliest = lastTouch.plus(LeadPolicy.MIN_GAP);
    LocalDate day = earliest.atZone(zone).toLocalDate();
    Instant at = WhenQuestion.atHour(day, hour, zone, now);
    return at.isBefore(earliest) ? WhenQuestion.atHour(day.plusDays(1), hour, zone, now) : at;
  }
}
