package followthrough.core.ports;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The user's meetings with contacts. Every method takes the owner; no call returns another owner's
 * meetings. Thread-safe.
 */
public interface Meetings {

  /** Stores a new meeting; the same id again (a repeated turn) changes nothing, returns false. */
  boolean add(Meeting meeting);

  /** Replaces a stored meeting (matched by owner and id); false when there is none. */
  boolean update(Meeting meeting);

  /** The owner's meeting with this id, or empty. */
  Optional<Meeting> find(UserId owner, String id);

  /** The owner's meetings with one contact, in any status, newest first. */
  List<Meeting> forContact(UserId owner, String contactId);

  /** The owner's meetings at {@code from} or later and before {@code until}, earliest first. */
  List<Meeting> between(UserId owner, Instant from, Instant until);

  /** Deletes every meeting with one contact (when the contact is deleted). */
  void deleteFor(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s meetings to {@code to} (when two accounts are linked); {@code to}'s
   * own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many meetings were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
