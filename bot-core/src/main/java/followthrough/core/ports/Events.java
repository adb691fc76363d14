package followthrough.core.ports;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The user's group events with their registrations. Every method takes the owner; no call returns
 * another owner's event. Thread-safe.
 */
public interface Events {

  /** Stores a new event; the same id again (a repeated turn) changes nothing, returns false. */
  boolean add(GroupEvent event);

  /** Replaces the owner's event with this id (registrations included); false when there is none. */
  boolean update(GroupEvent event);

  /** The owner's event with this id, or empty. */
  Optional<GroupEvent> find(UserId owner, String id);

  /** The owner's events at {@code from} or later, earliest first, at most {@code limit}. */
  List<GroupEvent> from(UserId owner, Instant from, int limit);

  /** The owner's events before {@code until}, newest first, at most {@code limit}. */
  List<GroupEvent> before(UserId owner, Instant until, int limit);

  /** The owner's events a contact is registered for (cancelled or not), newest first. */
  List<GroupEvent> withContact(UserId owner, String contactId);

  /**
   * Gives all of {@code from}'s events to {@code to} (when two accounts are linked); {@code to}'s
   * own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many events were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
