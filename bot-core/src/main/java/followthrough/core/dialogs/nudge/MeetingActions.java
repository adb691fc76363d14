package followthrough.core.dialogs.nudge;

import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The buttons of a meeting reminder: Confirmed (nothing to store: the meeting stands), Cancelled,
 * Reschedule (asks when; the same meeting moves), No-show (once the meeting has begun; recorded
 * without blame, then offers a new meeting, so the missed one stays in the contact's reliability).
 * Writes go through {@link Meetings}, whose planning decorator moves or cancels the reminders.
 */
final class MeetingActions {

  private final Meetings meetings;
  private final Names names;
  private final IdGenerator ids;

  MeetingActions(Meetings meetings, Names names, IdGenerator ids) {
    this.meetings = meetings;
    this.names = names;
    this.ids = ids;
  }

  /** Handles a pressed button. */
  Turn start(TurnContext ctx, NudgeCall call) {
    Optional<Meeting> found = meetings.find(ctx.user(), call.subjectId());
    if (found.isEmpty()) {
      return end(Reply.key("nudge.gone"));
    }
    Meeting meeting = found.get();
    Phrase name = names.of(ctx.user(), meeting.contactId());
    boolean current = call.version().equals(NudgeButtons.version(meeting.at()));
    if (call.action() == NudgeAction.AGAIN && meeting.status() != Meeting.Status.PLANNED) {
      NudgeDraft draft = new NudgeDraft(NudgeAction.AGAIN, meeting.id(), ids.newId());
      return FollowUpActions.askWhen(draft, name);
    }
    if (meeting.status() != Meeting.Status.PLANNED) {
      return end(Reply.key("nudge.meeting.closed", "name", name));
    }
    if (!current || call.action() == NudgeAction.AGAIN) {
      return end(stale(ctx, meeting, name));
    }
    return act(ctx, call.action(), meeting, name);
  }

  private Turn act(TurnContext ctx, NudgeAction action, Meeting meeting, Phrase name) {
    switch (action) {
      case CONFIRMED -> {
        return end(said("nudge.meeting.confirmed", ctx, meeting, name));
      }
      case CANCELLED -> {
        meetings.update(meeting.withStatus(Meeting.Status.CANCELLED));
        return end(said("nudge.meeting.cancelled", ctx, meeting, name));
      }
      case MOVE_MEETING -> {
        return FollowUpActions.askWhen(
            new NudgeDraft(NudgeAction.MOVE_MEETING, meeting.id(), null), name);
      }
      case NO_SHOW -> {
        if (ctx.now().isBefore(meeting.at())) {
          return end(
              Reply.key("nudge.meeting.notYet", "name", name)
                  .withRows(NudgeButtons.forMeeting(meeting)));
        }
        Meeting missed = meeting.withStatus(Meeting.Status.NO_SHOW);
        meetings.update(missed);
        return end(
            Reply.key("nudge.meeting.noShow", "name", name).withRow(NudgeButtons.again(missed)));
      }
      default -> {
        return end(Reply.key("nudge.usage"));
      }
    }
  }

  /** Moves the meeting, or plans the new one, at the answer of the question. */
  Turn moveTo(TurnContext ctx, NudgeDraft draft, WhenQuestion.Answer answer) {
    Optional<Meeting> found = meetings.find(ctx.user(), draft.subjectId());
    boolean again = draft.action() == NudgeAction.AGAIN && draft.newId() != null;
    if (found.isEmpty() || (!again && found.get().status() != Meeting.Status.PLANNED)) {
      return end(Reply.key("nudge.gone"));
    }
    Meeting meeting = found.get();
    Instant at = at(ctx, meeting, answer);
    Phrase name = names.of(ctx.user(), meeting.contactId());
    if (again) {
      Meeting next =
          Meeting.planned(
              draft.newId(), meeting.owner(), meeting.contactId(), at, meeting.place(), ctx.now());
      meetings.add(next);
      return end(said("nudge.meeting.planned", ctx, next, name));
    }
    Meeting moved = meeting.rescheduled(at);
    meetings.update(moved);
    return end(said("nudge.meeting.moved", ctx, moved, name));
  }

  /** The question's name argument when asked again. */
  Phrase name(TurnContext ctx, NudgeDraft draft) {
    return meetings
        .find(ctx.user(), draft.subjectId())
        .map(m -> names.of(ctx.user(), m.contactId()))
        .orElseGet(() -> Phrase.of("nudge.someone"));
  }

  /** An exact answer, or the given day at the meeting's local time (now, if that has passed). */
  private static Instant at(TurnContext ctx, Meeting meeting, WhenQuestion.Answer answer) {
    if (answer instanceof WhenQuestion.Answer.At exact) {
      return exact.at();
    }
    LocalDate day = ((WhenQuestion.Answer.DayOnly) answer).day();
    LocalTime time = meeting.at().atZone(ctx.zone()).toLocalTime();
    Instant at = day.atTime(time).atZone(ctx.zone()).toInstant();
    return at.isBefore(ctx.now()) ? ctx.now() : at;
  }

  private static Reply said(String key, TurnContext ctx, Meeting meeting, Phrase name) {
    return Reply.key(key, "name", name, "when", Names.local(meeting.at(), ctx.zone()));
  }

  private static Reply stale(TurnContext ctx, Meeting meeting, Phrase name) {
    return Reply.of(
            Phrase.of("nudge.stale"),
            Phrase.of(
                "nudge.line.meeting", "name", name, "when", Names.local(meeting.at(), ctx.zone())))
        .withRows(NudgeButtons.forMeeting(meeting));
  }

  private static Turn end(Reply reply) {
    return Turn.end(reply.replacingPrompt());
  }
}
