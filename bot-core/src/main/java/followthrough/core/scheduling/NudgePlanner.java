package followthrough.core.scheduling;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.MeetingReminders;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.UserProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Decides what is due when, in the user's zone (UTC while unknown), with their agenda hour and
 * quiet hours from the profile.
 *
 * <ul>
 *   <li>An open follow-up: {@code FOLLOW_UP_DUE} at its due instant when that is still ahead, and
 *       the first carry-over {@code FOLLOW_UP_OVERDUE} on the first morning (agenda hour) after the
 *       day it was due; the job plans each next morning's carry-over after sending one, until the
 *       follow-up is done or dropped.
 *   <li>A planned meeting: {@code MEETING_DAY_BEFORE} and {@code MEETING_SOON} at the times of
 *       {@link MeetingReminders#times}.
 *   <li>A planned group event: {@code EVENT_DAY_BEFORE} and {@code EVENT_SOON}, as for a meeting.
 *   <li>A checklist with open items: {@code CHECKLIST_STALLED} on the morning a number of days (a
 *       setting, default 3) after its last progress; the job plans the next one after sending.
 *   <li>The morning {@code AGENDA} at the agenda hour; whether it says anything is decided when it
 *       is sent, never an empty one.
 * </ul>
 *
 * Quiet hours (default 21:00 to 08:00) move a nudge to their end. A meeting reminder is moved too,
 * but never to the meeting or past it: a reminder that would be is left out (the day-before one has
 * already asked to confirm), and a day-before reminder moved to or past the short one is left out.
 * Stateless apart from the injected clock; thread-safe.
 */
public final class NudgePlanner {

  private final UserProfiles profiles;
  private final Clock clock;

  public NudgePlanner(UserProfiles profiles, Clock clock) {
    this.profiles = profiles;
    this.clock = clock;
  }

  /** The nudges of a follow-up from now on; none when it is done or dropped. */
  public List<Nudge> forFollowUp(FollowUp followUp) {
    if (!followUp.isOpen()) {
      return List.of();
    }
    LocalSchedule schedule = schedule(followUp.owner());
    Instant now = clock.instant();
    List<Nudge> nudges = new ArrayList<>();
    Instant last = followUp.dueAt();
    if (followUp.dueAt().isAfter(now)) {
      last = schedule.afterQuiet(followUp.dueAt());
      nudges.add(nudge(NudgeIds.followUpDue(followUp), followUp, Nudge.Kind.FOLLOW_UP_DUE, last));
    }
    LocalDate day = schedule.firstMorning(schedule.day(last).plusDays(1), now);
    nudges.add(overdue(followUp, schedule, day));
    return nudges;
  }

  /**
   * The carry-over of an open follow-up on the first morning after {@code sentFor} that is still
   * ahead; called after the carry-over of {@code sentFor} was handled.
   */
  public Optional<Nudge> nextOverdue(FollowUp followUp, LocalDate sentFor) {
    if (!followUp.isOpen()) {
      return Optional.empty();
    }
    LocalSchedule schedule = schedule(followUp.owner());
    LocalDate day = schedule.firstMorning(sentFor.plusDays(1), clock.instant());
    return Optional.of(overdue(followUp, schedule, day));
  }

  /** The reminders of a meeting from now on; none unless it is planned. */
  public List<Nudge> forMeeting(Meeting meeting) {
    if (meeting.status() != Meeting.Status.PLANNED) {
      return List.of();
    }
    return reminders(
        meeting.owner(),
        meeting.at(),
        (dayBefore, at) ->
            Nudge.pending(
                dayBefore ? NudgeIds.meetingDayBefore(meeting) : NudgeIds.meetingSoon(meeting),
                meeting.owner(),
                dayBefore ? Nudge.Kind.MEETING_DAY_BEFORE : Nudge.Kind.MEETING_SOON,
                meeting.id(),
                at));
  }

  /** The reminders of a group event from now on, as for a meeting; none unless it is planned. */
  public List<Nudge> forEvent(GroupEvent event) {
    if (event.status() != GroupEvent.Status.PLANNED) {
      return List.of();
    }
    return reminders(
        event.owner(),
        event.at(),
        (dayBefore, at) ->
            Nudge.pending(
                NudgeIds.event(event, dayBefore),
                event.owner(),
                dayBefore ? Nudge.Kind.EVENT_DAY_BEFORE : Nudge.Kind.EVENT_SOON,
                event.id(),
                at));
  }

  /**
   * The stall nudge of a checklist with open items: on the morning (agenda hour) {@code
   * checklistStallDays} days after its last progress, or the first morning still ahead; none once
   * it is complete.
   */
  public Optional<Nudge> forChecklist(Checklist checklist) {
    LocalSchedule schedule = schedule(checklist.owner());
    return stall(checklist, schedule, schedule.day(checklist.lastProgressAt()));
  }

  /**
   * The next stall nudge of a checklist still open, {@code checklistStallDays} days after the one
   * for {@code sentFor} was handled: the bot keeps nudging until the checklist is complete.
   */
  public Optional<Nudge> nextStall(Checklist checklist, LocalDate sentFor) {
    return stall(checklist, schedule(checklist.owner()), sentFor);
  }

  private Optional<Nudge> stall(Checklist checklist, LocalSchedule schedule, LocalDate after) {
    if (checklist.complete()) {
      return Optional.empty();
    }
    int days = schedule.preferences().checklistStallDays();
    LocalDate day = schedule.firstMorning(after.plusDays(days), clock.instant());
    return Optional.of(
        Nudge.pending(
            NudgeIds.checklistStalled(checklist, day),
            checklist.owner(),
            Nudge.Kind.CHECKLIST_STALLED,
            checklist.id(),
            schedule.morning(day)));
  }

  /** The user's next morning agenda: on the first day on or after {@code from} still ahead. */
  public Nudge agenda(UserId owner, LocalDate from) {
    LocalSchedule schedule = schedule(owner);
    LocalDate day = schedule.firstMorning(from, clock.instant());
    return Nudge.pending(
        NudgeIds.agenda(owner, day),
        owner,
        Nudge.Kind.AGENDA,
        NudgeIds.agendaSubject(day),
        schedule.morning(day));
  }

  /**
   * The user's first morning (agenda hour, out of their quiet hours) still ahead: when a sponsor
   * hears about a silent member.
   */
  public Instant nextMorning(UserId owner) {
    LocalSchedule schedule = schedule(owner);
    Instant now = clock.instant();
    return schedule.morning(schedule.firstMorning(schedule.day(now), now));
  }

  /** The user's next morning agenda from today on. */
  public Nudge nextAgenda(UserId owner) {
    return agenda(owner, schedule(owner).day(clock.instant()));
  }

  /**
   * When to try a failed nudge again: {@code at}, moved out of the user's quiet hours unless it is
   * a meeting reminder (which the job drops once the meeting has begun).
   */
  Instant retryAt(Nudge nudge, Instant at) {
    boolean timed =
        switch (nudge.kind()) {
          case MEETING_SOON, MEETING_DAY_BEFORE, EVENT_SOON, EVENT_DAY_BEFORE -> true;
          default -> false;
        };
    return timed ? at : schedule(nudge.owner()).afterQuiet(at);
  }

  private Nudge overdue(FollowUp followUp, LocalSchedule schedule, LocalDate day) {
    return nudge(
        NudgeIds.followUpOverdue(followUp, day),
        followUp,
        Nudge.Kind.FOLLOW_UP_OVERDUE,
        schedule.morning(day));
  }

  private static Nudge nudge(String id, FollowUp followUp, Nudge.Kind kind, Instant at) {
    return Nudge.pending(id, followUp.owner(), kind, followUp.id(), at);
  }

  private List<Nudge> reminders(
      UserId owner, Instant at, BiFunction<Boolean, Instant, Nudge> make) {
    return ReminderSlots.plan(schedule(owner), at, clock.instant(), make);
  }

  private LocalSchedule schedule(UserId owner) {
    return LocalSchedule.of(profiles.find(owner).orElse(null));
  }
}
