package followthrough.core.ports;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The onboarding checklists a user runs for their contacts. Every method takes the owner; no call
 * returns another owner's checklist. Thread-safe.
 */
public interface Checklists {

  /** Stores a new checklist; the same id again (a repeated turn) changes nothing, returns false. */
  boolean add(Checklist checklist);

  /** Replaces the owner's checklist with this id; false when there is none. */
  boolean update(Checklist checklist);

  /** The owner's checklist with this id, or empty. */
  Optional<Checklist> find(UserId owner, String id);

  /** The owner's checklists for one contact, newest first. */
  List<Checklist> forContact(UserId owner, String contactId);

  /** The owner's checklists with an open item, oldest progress first. */
  List<Checklist> open(UserId owner);

  /** Deletes every checklist for one contact (when the contact is deleted). */
  void deleteFor(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s checklists to {@code to} (when two accounts are linked); {@code
   * to}'s own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many checklists were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
