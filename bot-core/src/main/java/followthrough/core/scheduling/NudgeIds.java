package followthrough.core.scheduling;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The deterministic ids of nudges, so that planning the same nudge twice stores one: {@code
 * fu:<id>:<due>:due}, {@code fu:<id>:<due>:over:<date>}, {@code mt:<id>:<at>:day}, {@code
 * mt:<id>:<at>:soon} (times as epoch seconds of the follow-up's due time or the meeting's time),
 * {@code ag:<user>:<date>}, {@code ev:<id>:<at>:day|soon}, {@code cl:<id>:<last
 * progress>:stall:<date>}.
 *
 * <p>The subject's time is part of the id because the queue keeps a sent or cancelled nudge under
 * its id for good: a follow-up moved to another time (and back) gets nudges of its own, and a nudge
 * planned for a time the subject no longer has is recognised as superseded and dropped unsent.
 */
final class NudgeIds {

  private NudgeIds() {}

  static String followUpDue(FollowUp followUp) {
    return followUpPrefix(followUp.id(), followUp.dueAt()) + "due";
  }

  static String followUpOverdue(FollowUp followUp, LocalDate day) {
    return followUpPrefix(followUp.id(), followUp.dueAt()) + "over:" + day;
  }

  static String meetingDayBefore(Meeting meeting) {
    return meetingPrefix(meeting.id(), meeting.at()) + "day";
  }

  static String meetingSoon(Meeting meeting) {
    return meetingPrefix(meeting.id(), meeting.at()) + "soon";
  }

  static String event(GroupEvent event, boolean dayBefore) {
    return eventPrefix(event.id(), event.at()) + (dayBefore ? "day" : "soon");
  }

  static String checklistStalled(Checklist checklist, LocalDate day) {
    return checklistPrefix(checklist.id(), checklist.lastProgressAt()) + "stall:" + day;
  }

  /** Whether an event's reminder was planned for the event at {@code at}. */
  static boolean forEventAt(Nudge nudge, Instant at) {
    return nudge.id().startsWith(eventPrefix(nudge.subjectId(), at));
  }

  /** Whether a stall nudge was planned for the checklist last moved on at {@code lastProgress}. */
  static boolean forChecklistAt(Nudge nudge, Instant lastProgress) {
    return nudge.id().startsWith(checklistPrefix(nudge.subjectId(), lastProgress));
  }

  private static String eventPrefix(String id, Instant at) {
    return "ev:" + id + ":" + at.getEpochSecond() + ":";
  }

  private static String checklistPrefix(String id, Instant lastProgress) {
    return "cl:" + id + ":" + lastProgress.getEpochSecond() + ":";
  }

  static String agenda(UserId owner, LocalDate day) {
    return "ag:" + owner.value() + ":" + day;
  }

  static String agendaSubject(LocalDate day) {
    return "agenda:" + day;
  }

  /** Whether a follow-up's nudge was planned for the follow-up due at {@code dueAt}. */
  static boolean forFollowUpDueAt(Nudge nudge, Instant dueAt) {
    return nudge.id().startsWith(followUpPrefix(nudge.subjectId(), dueAt));
  }

  /** Whether a meeting's reminder was planned for the meeting at {@code at}. */
  static boolean forMeetingAt(Nudge nudge, Instant at) {
    return nudge.id().startsWith(meetingPrefix(nudge.subjectId(), at));
  }

  /** The date an agenda's or a carry-over's id ends with. */
  static LocalDate date(String nudgeId) {
    return LocalDate.parse(nudgeId.substring(nudgeId.lastIndexOf(':') + 1));
  }

  private static String followUpPrefix(String id, Instant dueAt) {
    return "fu:" + id + ":" + dueAt.getEpochSecond() + ":";
  }

  private static String meetingPrefix(String id, Instant at) {
    return "mt:" + id + ":" + at.getEpochSecond() + ":";
  }
}
