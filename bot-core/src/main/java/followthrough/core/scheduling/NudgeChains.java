package followthrough.core.scheduling;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Events;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.NudgeQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Plans a user's nudges again from their open follow-ups, planned meetings, open checklists and
 * coming events: the chains that stopped while their chat was unreachable (each morning's
 * carry-over and agenda plans the next one, and nothing was sent meanwhile) start again. Planning
 * is idempotent (nudge ids are derived from what they are about), so what is still pending is left
 * as it is. Called by the engine when such a user writes again, and after {@code /link} moved an
 * account's data to them; thread-safe; store failures are thrown to the caller.
 */
public final class NudgeChains implements Consumer<UserId> {

  /** How far ahead meetings are looked up; their reminders are at most a day before. */
  private static final Duration MEETINGS_AHEAD = Duration.ofDays(366);

  /** Follow-ups due up to this far ahead count; the longest cadence step is 3 months. */
  private static final Duration FOLLOW_UPS_AHEAD = Duration.ofDays(3660);

  /** At most this many coming events are planned again (their reminders are days ahead at most). */
  private static final int EVENTS_AHEAD = 200;

  private final FollowUps followUps;
  private final Meetings meetings;
  private final Checklists checklists;
  private final Events events;
  private final NudgePlanner planner;
  private final NudgeQueue queue;
  private final Clock clock;

  public NudgeChains(
      FollowUps followUps,
      Meetings meetings,
      Checklists checklists,
      Events events,
      NudgePlanner planner,
      NudgeQueue queue,
      Clock clock) {
    this.followUps = followUps;
    this.meetings = meetings;
    this.checklists = checklists;
    this.events = events;
    this.planner = planner;
    this.queue = queue;
    this.clock = clock;
  }

  /**
   * Plans the user's follow-ups, meeting and event reminders, checklist nudges and agenda again.
   */
  @Override
  public void accept(UserId user) {
    Instant now = clock.instant();
    for (FollowUp followUp : followUps.openDueBefore(user, now.plus(FOLLOW_UPS_AHEAD))) {
      planner.forFollowUp(followUp).forEach(queue::schedule);
    }
    for (Meeting meeting : meetings.between(user, now, now.plus(MEETINGS_AHEAD))) {
      planner.forMeeting(meeting).forEach(queue::schedule);
    }
    for (Checklist checklist : checklists.open(user)) {
      planner.forChecklist(checklist).ifPresent(queue::schedule);
    }
    for (GroupEvent event : events.from(user, now, EVENTS_AHEAD)) {
      planner.forEvent(event).forEach(queue::schedule);
    }
    queue.schedule(planner.nextAgenda(user));
  }
}
