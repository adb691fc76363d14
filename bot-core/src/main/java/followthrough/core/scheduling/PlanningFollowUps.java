package followthrough.core.scheduling;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.NudgeQueue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups that keep their nudges in step: delegates to the real store and, after a write, plans
 * the follow-up's nudges (and the user's next morning agenda) or cancels them, whichever dialog
 * writes. Completing, dropping or deleting a follow-up cancels its pending nudges. Carrying it
 * over, snoozing or rescheduling it plans the nudges of its new time; those of its former time are
 * superseded: they stay pending until then and are dropped unsent by {@link NudgeJob}, which checks
 * every nudge against the follow-up's current time. They are not cancelled here because the queue
 * keeps a cancelled id for good, so moving a follow-up back to a former time would find its nudges
 * cancelled and stay silent. An edit that keeps the time plans the same ids again, which changes
 * nothing. The application wraps its store in this; dialogs see only {@link FollowUps}.
 *
 * <p>The store is written first, then the queue. A failing queue fails the call (the turn answers
 * with an apology); repeating it heals the nudges, since {@link #add} plans again from the stored
 * follow-up even when it existed already, and planning is idempotent (deterministic nudge ids).
 * Thread-safe as far as the delegate and the queue are.
 */
public final class PlanningFollowUps implements FollowUps {

  private final FollowUps delegate;
  private final NudgePlanner planner;
  private final NudgeQueue queue;

  public PlanningFollowUps(FollowUps delegate, NudgePlanner planner, NudgeQueue queue) {
    this.delegate = delegate;
    this.planner = planner;
    this.queue = queue;
  }

  @Override
  public boolean add(FollowUp followUp) {
    boolean added = delegate.add(followUp);
    delegate.find(followUp.owner(), followUp.id()).ifPresent(this::plan);
    return added;
  }

  /**
   * Replaces the follow-up; a done or dropped one has its pending nudges cancelled, an open one is
   * planned again (see the class comment for what happens to the nudges of its former time).
   */
  @Override
  public boolean update(FollowUp followUp) {
    boolean updated = delegate.update(followUp);
    if (updated && followUp.isOpen()) {
      plan(followUp);
    } else if (updated) {
      queue.cancel(followUp.owner(), followUp.id());
    }
    return updated;
  }

  @Override
  public Optional<FollowUp> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<FollowUp> openDueBefore(UserId owner, Instant until) {
    return delegate.openDueBefore(owner, until);
  }

  @Override
  public List<FollowUp> openFor(UserId owner, String contactId) {
    return delegate.openFor(owner, contactId);
  }

  /** Deletes the contact's follow-ups and cancels the pending nudges of the open ones. */
  @Override
  public void deleteFor(UserId owner, String contactId) {
    List<FollowUp> open = delegate.openFor(owner, contactId);
    delegate.deleteFor(owner, contactId);
    open.forEach(f -> queue.cancel(owner, f.id()));
  }

  private void plan(FollowUp followUp) {
    List<Nudge> nudges = planner.forFollowUp(followUp);
    nudges.forEach(queue::schedule);
    if (!nudges.isEmpty()) {
      queue.schedule(planner.nextAgenda(followUp.owner()));
    }
  }

  /** Moves the items only: their nudges are planned again for the new owner by the caller. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
