package followthrough.core.ports;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The user's promised follow-ups. Every method takes the owner; no call returns another owner's
 * follow-ups. Thread-safe.
 */
public interface FollowUps {

  /** Stores a new follow-up; the same id again (a repeated turn) changes nothing, returns false. */
  boolean add(FollowUp followUp);

  /** Replaces a stored follow-up (matched by owner and id); false when there is none. */
  boolean update(FollowUp followUp);

  /** The owner's follow-up with this id, or empty. */
  Optional<FollowUp> find(UserId owner, String id);

  /** The owner's open follow-ups due before {@code until}, earliest first. */
  List<FollowUp> openDueBefore(UserId owner, Instant until);

  /** The owner's open follow-ups with one contact, earliest first. */
  List<FollowUp> openFor(UserId owner, String contactId);

  /** Deletes every follow-up with one contact (when the contact is deleted). */
  void deleteFor(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s follow-ups to {@code to} (when two accounts are linked); {@code
   * to}'s own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many follow-ups were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
