package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.followup.Agenda;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The morning agenda: overdue follow-ups, those due today and today's meetings, decided when it is
 * sent. Moot when there is nothing on it (never an empty agenda) and when it is late into another
 * day (after a long stop: today's is planned instead). The next morning's agenda follows while the
 * user has anything open or planned; otherwise the chain rests until a follow-up or meeting is
 * planned again.
 */
final class AgendaTexts {

  /** How far ahead open follow-ups and planned meetings keep the daily agenda going. */
  private static final Duration HORIZON = Duration.ofDays(3660);

  private final FollowUps followUps;
  private final Meetings meetings;
  private final NudgeTexts.ContactNames names;
  private final NudgePlanner planner;

  AgendaTexts(
      FollowUps followUps, Meetings meetings, NudgeTexts.ContactNames names, NudgePlanner planner) {
    this.followUps = followUps;
    this.meetings = meetings;
    this.names = names;
    this.planner = planner;
  }

  Composition compose(Nudge nudge, ZoneId zone, Instant now) {
    LocalDate day = NudgeIds.date(nudge.id());
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate from = day.isBefore(today) ? today : day.plusDays(1);
    List<Nudge> next =
        anythingAhead(nudge.owner(), now)
            ? List.of(planner.agenda(nudge.owner(), from))
            : List.of();
    if (!day.equals(today)) {
      return Composition.moot(next);
    }
    Instant start = today.atStartOfDay(zone).toInstant();
    Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
    Agenda agenda =
        Agenda.of(
            followUps.openDueBefore(nudge.owner(), end),
            meetings.between(nudge.owner(), start, end),
            today,
            zone);
    if (agenda.isEmpty()) {
      return Composition.moot(next);
    }
    int count = agenda.overdue().size() + agenda.dueToday().size() + agenda.meetings().size();
    return Composition.of(
        message(nudge.owner(), agenda, today, zone),
        Phrase.of("nudge.line.agenda", "date", today, "count", count),
        next);
  }

  private boolean anythingAhead(UserId owner, Instant now) {
    return !followUps.openDueBefore(owner, now.plus(HORIZON)).isEmpty()
        || meetings.between(owner, now, now.plus(HORIZON)).stream()
            .anyMatch(m -> m.status() == Meeting.Status.PLANNED);
  }

  private Reply message(UserId owner, Agenda agenda, LocalDate today, ZoneId zone) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(Phrase.of("nudge.agenda.header", "date", today));
    List<Phrase> overdue = new ArrayList<>();
    for (FollowUp f : agenda.overdue()) {
      overdue.add(
          Phrase.of(
              "nudge.agenda.line.overdue",
              "name",
              names.of(owner, f.contactId()),
              "date",
              f.dueAt().atZone(zone).toLocalDate()));
    }
    List<Phrase> due = new ArrayList<>();
    for (FollowUp f : agenda.dueToday()) {
      due.add(line("nudge.agenda.line.dueToday", owner, f.contactId(), f.dueAt(), zone));
    }
    List<Phrase> meetingLines = new ArrayList<>();
    for (Meeting m : agenda.meetings()) {
      meetingLines.add(line("nudge.agenda.line.meeting", owner, m.contactId(), m.at(), zone));
    }
    section(paragraphs, "nudge.agenda.overdue", overdue);
    section(paragraphs, "nudge.agenda.dueToday", due);
    section(paragraphs, "nudge.agenda.meetings", meetingLines);
    return Reply.of(paragraphs.toArray(Phrase[]::new)).withRow(NudgeButtons.today());
  }

  private Phrase line(String key, UserId owner, String contactId, Instant at, ZoneId zone) {
    return Phrase.of(
        key, "time", at.atZone(zone).toLocalTime(), "name", names.of(owner, contactId));
  }

  private static void section(List<Phrase> paragraphs, String key, List<Phrase> lines) {
    if (!lines.isEmpty()) {
      paragraphs.add(Phrase.of(key, "list", lines));
    }
  }
}
