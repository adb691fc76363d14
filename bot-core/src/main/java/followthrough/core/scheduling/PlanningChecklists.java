package followthrough.core.scheduling;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.NudgeQueue;
import java.util.List;
import java.util.Optional;

/**
 * Checklists that keep their stall nudge in step: delegates to the real store and, after a write,
 * plans the nudge for the checklist's last progress or, once it is complete, cancels it. A nudge
 * planned for an earlier progress is not cancelled but dropped unsent when due (its id names the
 * progress it was planned for, see {@link NudgeIds}), as {@link PlanningFollowUps} explains. The
 * application wraps its store in this; dialogs see only {@link Checklists}.
 */
public final class PlanningChecklists implements Checklists {

  private final Checklists delegate;
  private final NudgePlanner planner;
  private final NudgeQueue queue;

  public PlanningChecklists(Checklists delegate, NudgePlanner planner, NudgeQueue queue) {
    this.delegate = delegate;
    this.planner = planner;
    this.queue = queue;
  }

  @Override
  public boolean add(Checklist checklist) {
    boolean added = delegate.add(checklist);
    delegate.find(checklist.owner(), checklist.id()).ifPresent(this::plan);
    return added;
  }

  @Override
  public boolean update(Checklist checklist) {
    boolean updated = delegate.update(checklist);
    if (updated) {
      plan(checklist);
    }
    return updated;
  }

  @Override
  public Optional<Checklist> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<Checklist> forContact(UserId owner, String contactId) {
    return delegate.forContact(owner, contactId);
  }

  @Override
  public List<Checklist> open(UserId owner) {
    return delegate.open(owner);
  }

  /** Deletes the contact's checklists and cancels their pending nudges. */
  @Override
  public void deleteFor(UserId owner, String contactId) {
    List<Checklist> checklists = delegate.forContact(owner, contactId);
    delegate.deleteFor(owner, contactId);
    checklists.forEach(c -> queue.cancel(owner, c.id()));
  }

  private void plan(Checklist checklist) {
    if (checklist.complete()) {
      queue.cancel(checklist.owner(), checklist.id());
    } else {
      planner.forChecklist(checklist).ifPresent(queue::schedule);
    }
  }

  /** Moves the items only: their nudges are planned again for the new owner by the caller. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
