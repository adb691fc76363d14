package followthrough.core.scheduling;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.NudgeQueue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Meetings that keep their reminders in step: delegates to the real store and, after a write, plans
 * the meeting's reminders (and the user's next morning agenda) or cancels them, whichever dialog
 * writes. Cancelling, settling (kept, no-show) or deleting a meeting cancels its pending reminders;
 * rescheduling it plans the reminders of the new time, and those of the former time are dropped
 * unsent when due, as in {@link PlanningFollowUps} (which also says why they are not cancelled).
 * The application wraps its store in this; dialogs see only {@link Meetings}. Failures and repeats
 * behave as in {@link PlanningFollowUps}.
 */
public final class PlanningMeetings implements Meetings {

  private final Meetings delegate;
  private final NudgePlanner planner;
  private final NudgeQueue queue;

  public PlanningMeetings(Meetings delegate, NudgePlanner planner, NudgeQueue queue) {
    this.delegate = delegate;
    this.planner = planner;
    this.queue = queue;
  }

  @Override
  public boolean add(Meeting meeting) {
    boolean added = delegate.add(meeting);
    delegate.find(meeting.owner(), meeting.id()).ifPresent(this::plan);
    return added;
  }

  /**
   * Replaces the meeting; a cancelled, kept or missed one has its pending reminders cancelled, a
   * planned one is planned again (the reminders of its former time are superseded).
   */
  @Override
  public boolean update(Meeting meeting) {
    boolean updated = delegate.update(meeting);
    if (updated && meeting.status() == Meeting.Status.PLANNED) {
      plan(meeting);
    } else if (updated) {
      queue.cancel(meeting.owner(), meeting.id());
    }
    return updated;
  }

  @Override
  public Optional<Meeting> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<Meeting> forContact(UserId owner, String contactId) {
    return delegate.forContact(owner, contactId);
  }

  @Override
  public List<Meeting> between(UserId owner, Instant from, Instant until) {
    return delegate.between(owner, from, until);
  }

  /** Deletes the contact's meetings and cancels their pending reminders. */
  @Override
  public void deleteFor(UserId owner, String contactId) {
    List<Meeting> meetings = delegate.forContact(owner, contactId);
    delegate.deleteFor(owner, contactId);
    meetings.forEach(m -> queue.cancel(owner, m.id()));
  }

  private void plan(Meeting meeting) {
    List<Nudge> nudges = planner.forMeeting(meeting);
    nudges.forEach(queue::schedule);
    if (meeting.status() == Meeting.Status.PLANNED) {
      queue.schedule(planner.nextAgenda(meeting.owner()));
    }
  }

  /** Moves the items only: their nudges are planned again for the new owner by the caller. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
