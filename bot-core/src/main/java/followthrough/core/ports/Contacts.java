package followthrough.core.ports;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * A user's contacts. Every method takes the owner, and no call returns a contact of another owner.
 * Thread-safe; failures of the underlying store surface as unchecked exceptions.
 */
public interface Contacts {

  /**
   * Stores a new contact. Adding the same id again (a repeated turn) changes nothing.
   *
   * @return true when it was stored now, false when a contact with this id existed already
   */
  boolean add(Contact contact);

  /** The owner's contact with this id, or empty (also when it belongs to someone else). */
  Optional<Contact> find(UserId owner, String contactId);

  /**
   * The owner's contacts whose name contains the query, compared by {@link
   * followthrough.core.domain.contact.SearchKey}; a blank query matches all. Sorted by search key,
   * then id.
   */
  List<Contact> search(UserId owner, String query, int offset, int limit);

  /** How many contacts the owner has. */
  long count(UserId owner);

  /**
   * Replaces a stored contact (matched by owner and id) with the given one.
   *
   * @return false when the owner has no contact with this id (nothing is written)
   */
  boolean update(Contact contact);

  /**
   * Deletes the owner's contact with this id; the caller removes its follow-ups, meetings, touches
   * and orders through their own ports.
   *
   * @return false when there was no such contact
   */
  boolean delete(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s contacts to {@code to} (when two accounts are linked); {@code to}'s
   * own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many contacts were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
