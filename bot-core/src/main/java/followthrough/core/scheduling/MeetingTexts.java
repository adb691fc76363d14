package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's reminders, the day before and shortly before, each prompting the user to confirm the
 * meeting with the contact. Moot once the meeting is cancelled, settled, moved or has begun.
 */
final class MeetingTexts {

  private final Meetings meetings;
  private final NudgeTexts.ContactNames names;

  MeetingTexts(Meetings meetings, NudgeTexts.ContactNames names) {
    this.meetings = meetings;
    this.names = names;
  }

  Composition compose(Nudge nudge, ZoneId zone, Instant now) {
    Optional<Meeting> found = meetings.find(nudge.owner(), nudge.subjectId());
    if (found.isEmpty()
        || found.get().status() != Meeting.Status.PLANNED
        || !NudgeIds.forMeetingAt(nudge, found.get().at())
        || !now.isBefore(found.get().at())) {
      return Composition.moot(List.of());
    }
    Meeting meeting = found.get();
    Phrase name = names.of(nudge.owner(), meeting.contactId());
    LocalDateTime when = LocalDateTime.ofInstant(meeting.at(), zone);
    List<Phrase> paragraphs = new ArrayList<>();
    if (nudge.kind() == Nudge.Kind.MEETING_SOON) {
      paragraphs.add(Phrase.of("nudge.meeting.soon", "name", name, "time", when.toLocalTime()));
    } else {
      paragraphs.add(Phrase.of("nudge.meeting.dayBefore", "name", name, "when", when));
    }
    if (meeting.place() != null) {
      paragraphs.add(Phrase.of("nudge.meeting.place", "place", meeting.place()));
    }
    paragraphs.add(Phrase.of("nudge.meeting.confirmAsk"));
    return Composition.of(
        new Reply(paragraphs, NudgeButtons.forMeeting(meeting), false),
        Phrase.of("nudge.line.meeting", "name", name, "when", when),
        List.of());
  }
}
