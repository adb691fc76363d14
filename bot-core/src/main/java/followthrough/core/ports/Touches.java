package followthrough.core.ports;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.user.UserId;
import java.util.List;

/**
 * The history of touches with the user's contacts. Every method takes the owner; no call returns
 * another owner's touches. Thread-safe.
 */
public interface Touches {

  /** Stores a touch; the same id again (a repeated turn) changes nothing and returns false. */
  boolean add(Touch touch);

  /** The owner's touches with one contact, newest first. */
  List<Touch> forContact(UserId owner, String contactId);

  /** Deletes the owner's touches with one contact (when the contact is deleted). */
  void deleteFor(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s touches to {@code to} (when two accounts are linked); {@code to}'s
   * own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many touches were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
