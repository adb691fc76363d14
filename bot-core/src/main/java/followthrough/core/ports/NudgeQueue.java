package followthrough.core.ports;

import followthrough.core.domain.user.UserId;
import followthrough.core.scheduling.Nudge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store of nudges, shared by every app instance. A nudge is claimed atomically, by its id, with
 * a lease, before it is sent: of several instances only one gets it, and one claimed by an instance
 * that died is claimed again by another once the lease has run out. Thread-safe.
 */
public interface NudgeQueue {

  /**
   * Plans a nudge. A pending nudge with the same id is replaced (re-planning moves it); a nudge
   * with that id that was sent, cancelled or given up stays as it is.
   */
  void schedule(Nudge nudge);

  /** Cancels the owner's pending nudges about {@code subjectId}; returns how many. */
  int cancel(UserId owner, String subjectId);

  /**
   * Ids of nudges in {@code lane} that can be claimed at {@code now}: pending and due, or claimed
   * with an expired lease; earliest due first as far as the store can sort cheaply, at most {@code
   * limit}. A candidate may be gone by the time it is claimed.
   */
  List<String> claimable(Nudge.Lane lane, Instant now, int limit);

  /**
   * Claims one nudge for {@code instance} until {@code now + lease}, if it is still claimable.
   *
   * @return the claimed nudge, or empty when another instance got it or it is no longer due
   */
  Optional<Nudge> claim(String id, String instance, Instant now, Duration lease);

  /**
   * Claims each of {@code ids} as {@link #claim} does; a store may do it in one round trip.
   *
   * @return the nudges claimed, in the order of {@code ids}; those another instance got or that are
   *     no longer due are missing
   */
  default List<Nudge> claimAll(List<String> ids, String instance, Instant now, Duration lease) {
    List<Nudge> claimed = new ArrayList<>(ids.size());
    for (String id : ids) {
      claim(id, instance, now, lease).ifPresent(claimed::add);
    }
    return claimed;
  }

  /** Marks a nudge this instance claimed as sent. */
  void sent(String id, String instance);

  /** Marks each of {@code ids} sent as {@link #sent} does; a store may do it in one round trip. */
  default void sentAll(List<String> ids, String instance) {
    for (String id : ids) {
      sent(id, instance);
    }
  }

  /** Puts a nudge this instance claimed back to pending, due at {@code at}, one attempt more. */
  void retry(String id, String instance, Instant at);

  /** Gives a nudge this instance claimed up (unreachable chat, too many attempts). */
  void giveUp(String id, String instance);

  /**
   * Cancels a nudge this instance claimed that is no longer called for (its follow-up was done or
   * its meeting moved meanwhile).
   */
  void dismiss(String id, String instance);

  /**
   * Deletes finished nudges (sent, cancelled, given up) due before {@code dueBefore}; returns how
   * many. Keep them long enough that nothing re-plans their ids (the planner plans only ahead).
   */
  int purgeFinished(Instant dueBefore);
}
