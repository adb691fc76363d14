package followthrough.core.domain.followup;

import followthrough.core.domain.contact.Ladder;
import java.time.Period;
import java.util.List;

/**
 * What to plan after an order: a thank-you at once and another after delivery, and for a first
 * purchase the user's cadence (3 days, 3 weeks, 3 months by default), unless the contact's cadence
 * follow-ups are planned already (for example when they were logged as a first-time customer), so
 * that nobody is reminded twice of the same thing.
 */
public final class OrderFollowUps {

  /** When the second thank-you is due: after delivery, counted from the order's day. */
  public static final Period AFTER_DELIVERY = Period.ofDays(3);

  private OrderFollowUps() {}

  /**
   * Whether to plan the cadence after an order.
   *
   * @param ordersIncludingThis how many orders the contact has placed, this one included
   * @param open the contact's open follow-ups
   */
  public static boolean plansCadence(int ordersIncludingThis, List<FollowUp> open) {
    return Ladder.isFirstPurchase(ordersIncludingThis)
        && open.stream().noneMatch(f -> f.isOpen() && f.kind() == FollowUp.Kind.CADENCE);
  }
}
