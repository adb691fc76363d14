package followthrough.core.domain.followup;

import java.time.Instant;
import java.util.List;

/**
 * Which of a contact's open follow-ups a touch fulfils. Any touch fulfils the suggested next touch
 * of a lead (the touch was made, reached or not; the lead policy suggests the following one), so
 * suggestions never pile up. A touch that reached the person also fulfils every follow-up that was
 * due by then: the user spoke with them. A follow-up due later stays open, and one whose person was
 * not reached stays open too, so nothing silently disappears.
 */
public final class TouchFollowUps {

  private TouchFollowUps() {}

  /**
   * The follow-ups of {@code open} (one contact's open follow-ups) that a touch at {@code at}
   * fulfils, earliest first as given.
   */
  public static List<FollowUp> fulfilledBy(boolean reached, Instant at, List<FollowUp> open) {
    return open.stream()
        .filter(FollowUp::isOpen)
        .filter(f -> f.kind() == FollowUp.Kind.NEXT_TOUCH || (reached && !f.dueAt().isAfter(at)))
        .toList();
  }
}
