package followthrough.core.scheduling;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The deterministic ids of nudges, so that planning the same nudge twice stores one: {@code
 * fu:<id>:due:<epoch second of the due time>}, {@code fu:<id>:over:<date>}, {@code
 * mt:<id>:day:<epoch second of the meeting>}, {@code mt:<id>:soon:<epoch second>}, {@code
 * ag:<user>:<date>}. The subject's time is part of the id: a follow-up moved to another time gets a
 * new nudge (its old one may have been sent already), and a claimed nudge whose subject moved in
 * the meantime is recognised by the job as out of date. The last part after {@code :} is always the
 * time or date.
 */
final class NudgeIds {

  /** Subject id prefix of a morning agenda: {@code agenda:<date>}. */
  static final String AGENDA_SUBJECT = "agenda:";

  private NudgeIds() {}

  static String followUpDue(FollowUp followUp) {
    return "fu:" + followUp.id() + ":due:" + followUp.dueAt().getEpochSecond();
  }

  static String followUpOverdue(FollowUp followUp, LocalDate day) {
    return "fu:" + followUp.id() + ":over:" + day;
  }

  static String meetingDayBefore(Meeting meeting) {
    return "mt:" + meeting.id() + ":day:" + meeting.at().getEpochSecond();
  }

  static String meetingSoon(Meeting meeting) {
    return "mt:" + meeting.id() + ":soon:" + meeting.at().getEpochSecond();
  }

  static String agenda(UserId owner, LocalDate day) {
    return "ag:" + owner.value() + ":" + day;
  }

  static String agendaSubject(LocalDate day) {
    return AGENDA_SUBJECT + day;
  }

  /** The time or date a nudge id ends with. */
  static String last(String nudgeId) {
    return nudgeId.substring(nudgeId.lastIndexOf(':') + 1);
  }

  /** Whether the nudge id was made for a subject at this instant. */
  static boolean madeFor(String nudgeId, Instant at) {
    return last(nudgeId).equals(Long.toString(at.getEpochSecond()));
  }

  /** The date a nudge id (an agenda or an overdue carry-over) ends with. */
  static LocalDate date(String nudgeId) {
    return LocalDate.parse(last(nudgeId));
  }
}
