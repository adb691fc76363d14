package followthrough.core.ports;

import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import java.util.List;

/**
 * The orders of the user's contacts. Every method takes the owner; no call returns another owner's
 * orders. Thread-safe.
 */
public interface Orders {

  /** Stores an order; the same id again (a repeated turn) changes nothing and returns false. */
  boolean add(Order order);

  /** The owner's orders from one contact, newest first. */
  List<Order> forContact(UserId owner, String contactId);

  /** All of the owner's orders, newest first (for finding inactive customers). */
  List<Order> all(UserId owner);

  /** Deletes the orders of one contact (when the contact is deleted). */
  void deleteFor(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s orders to {@code to} (when two accounts are linked); {@code to}'s
   * own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many orders were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
