package followthrough.core.domain.contact;

/**
 * How an order moves a contact up the ladder: a prospect's first order makes a first-time customer,
 * the second an occasional one, the third or later a regular one; a customer who brought someone
 * becomes a referral customer. Partners and referral customers stay where they are, and nobody ever
 * moves down.
 */
public final class Ladder {

  /** Orders from which a customer counts as regular. */
  public static final int REGULAR_FROM_ORDER = 3;

  private Ladder() {}

  /**
   * The rung after an order.
   *
   * @param ordersIncludingThis how many orders the contact has placed, this one included
   * @param broughtSomeone whether the contact recommended the user to someone with this order
   */
  public static Rung afterOrder(Rung current, int ordersIncludingThis, boolean broughtSomeone) {
    if (current == Rung.PARTNER || current == Rung.REFERRAL_CUSTOMER) {
      return current;
    }
    if (broughtSomeone) {
      return Rung.REFERRAL_CUSTOMER;
    }
    Rung byCount =
        ordersIncludingThis >= REGULAR_FROM_ORDER
            ? Rung.REGULAR_CUSTOMER
            : ordersIncludingThis == 2 ? Rung.OCCASIONAL_CUSTOMER : Rung.FIRST_TIME_CUSTOMER;
    return byCount.ordinal() > current.ordinal() ? byCount : current;
  }

  /** Whether this is the contact's first purchase, which starts the 3 days / 3 weeks / 3 months. */
  public static boolean isFirstPurchase(int ordersIncludingThis) {
    return ordersIncludingThis == 1;
  }

  /** Whether the rung is one of the customer rungs (not a prospect, not a partner). */
  public static boolean isCustomer(Rung rung) {
    return rung != Rung.PROSPECT && rung != Rung.PARTNER;
  }
}
