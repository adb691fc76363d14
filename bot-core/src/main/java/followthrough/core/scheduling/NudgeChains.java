package followthrough.core.scheduling;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.NudgeQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Plans a user's nudges again from their open follow-ups and planned meetings: the chains that
 * stopped while their chat was unreachable (each morning's carry-over and agenda plans the next
 * one, and nothing was sent meanwhile) start again. Planning is idempotent (nudge ids are derived
 * from what they are about), so what is still pending is left as it is. Called by the engine when
 * such a user writes again; thread-safe; store failures are thrown to the caller.
 */
public final class NudgeChains implements Consumer<UserId> {

  /** How far ahead meetings are looked up; their reminders are at most a day before. */
  private static final Duration MEETINGS_AHEAD = Duration.ofDays(366);

  /** Follow-ups due up to this far ahead count; the longest cadence step is 3 months. */
  private static final Duration FOLLOW_UPS_AHEAD = Duration.ofDays(3660);

  private final FollowUps followUps;
  private final Meetings meetings;
  private final NudgePlanner planner;
  private final NudgeQueue queue;
  private final Clock clock;

  public NudgeChains(
      FollowUps followUps, Meetings meetings, NudgePlanner planner, NudgeQueue queue, Clock clock) {
    this.followUps = followUps;
    this.meetings = meetings;
    this.planner = planner;
    this.queue = queue;
    this.clock = clock;
  }

  /** Plans the user's follow-ups, meeting reminders and next agenda again. */
  @Override
  public void accept(UserId user) {
    Instant now = clock.instant();
    for (FollowUp followUp : followUps.openDueBefore(user, now.plus(FOLLOW_UPS_AHEAD))) {
      planner.forFollowUp(followUp).forEach(queue::schedule);
    }
    for (Meeting meeting : meetings.between(user, now, now.plus(MEETINGS_AHEAD))) {
      planner.forMeeting(meeting).forEach(queue::schedule);
    }
    queue.schedule(planner.nextAgenda(user));
  }
}
