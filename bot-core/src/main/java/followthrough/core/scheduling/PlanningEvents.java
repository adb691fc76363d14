package followthrough.core.scheduling;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Events;
import followthrough.core.ports.NudgeQueue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events that keep their reminders in step, as {@link PlanningMeetings} does for meetings: after a
 * write, a planned event has its reminders (the day before, 2 hours before) planned, a held or
 * cancelled one has them cancelled. Reminders of a former time are dropped unsent when due. The
 * application wraps its store in this; dialogs see only {@link Events}.
 */
public final class PlanningEvents implements Events {

  private final Events delegate;
  private final NudgePlanner planner;
  private final NudgeQueue queue;

  public PlanningEvents(Events delegate, NudgePlanner planner, NudgeQueue queue) {
    this.delegate = delegate;
    this.planner = planner;
    this.queue = queue;
  }

  @Override
  public boolean add(GroupEvent event) {
    boolean added = delegate.add(event);
    delegate.find(event.owner(), event.id()).ifPresent(this::plan);
    return added;
  }

  @Override
  public boolean update(GroupEvent event) {
    boolean updated = delegate.update(event);
    if (updated) {
      plan(event);
    }
    return updated;
  }

  @Override
  public Optional<GroupEvent> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<GroupEvent> from(UserId owner, Instant from, int limit) {
    return delegate.from(owner, from, limit);
  }

  @Override
  public List<GroupEvent> before(UserId owner, Instant until, int limit) {
    return delegate.before(owner, until, limit);
  }

  @Override
  public List<GroupEvent> withContact(UserId owner, String contactId) {
    return delegate.withContact(owner, contactId);
  }

  private void plan(GroupEvent event) {
    if (event.status() == GroupEvent.Status.PLANNED) {
      planner.forEvent(event).forEach(queue::schedule);
    } else {
      queue.cancel(event.owner(), event.id());
    }
  }

  /** Moves the items only: their nudges are planned again for the new owner by the caller. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
