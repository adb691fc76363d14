package followthrough.core.dialogs.noshow;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.meeting.MeetingPhrases;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The questions and answers of the no-show dialogue and the values of their buttons. */
final class NoShowQuestions {

  static final String MEETING = "meet:";
  static final String OTHER = "other";
  static final String NOT_NOW = "notnow";

  private NoShowQuestions() {}

  /**
   * Which meeting? One button per meeting (with the contact's name and the time), in the given
   * order, and a button for another contact.
   */
  static Reply pick(
      TurnContext ctx, Phrase question, List<Meeting> meetings, Map<String, String> names) {
    Reply ask = Reply.of(question);
    for (Meeting meeting : meetings) {
      Phrase label =
          Phrase.of(
              "noshow.button.meeting",
              "name",
              names.getOrDefault(meeting.contactId(), ""),
              "when",
              meeting.at().atZone(ctx.zone()).toLocalDateTime());
      ask = ask.withRow(new Choice(label, MEETING + meeting.id()));
    }
    return ask.withRow(Choice.of("noshow.button.other", OTHER));
  }

  static Reply askWho() {
    return ContactPicker.ask("noshow.ask.who");
  }

  /** The contact has no planned meeting that has begun: offer to plan one. */
  static Reply noMeeting(Contact contact) {
    return Reply.key("noshow.none.forContact", "name", contact.name())
        .withRow(
            Choice.of(
                "noshow.button.planMeeting", "/meeting " + ContactPicker.BY_ID + contact.id()));
  }

  /** Recorded, without blame; the contact's reliability; shall we find a new date? */
  static Reply recorded(TurnContext ctx, Meeting missed, String name, Reliability reliability) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "noshow.recorded",
            "name",
            name,
            "when",
            missed.at().atZone(ctx.zone()).toLocalDateTime()));
    paragraphs.add(MeetingPhrases.reliability(name, reliability));
    Reply question = reschedule(name);
    paragraphs.addAll(question.paragraphs());
    return new Reply(paragraphs, question.rows(), false);
  }

  /** When shall we try again? The quick choices, and "not now". */
  static Reply reschedule(String name) {
    return withNotNow(WhenQuestion.ask("noshow.ask.reschedule", "name", name));
  }

  static Reply withNotNow(Reply reply) {
    return reply.withRow(Choice.of("noshow.button.notNow", NOT_NOW));
  }

  /** Not rescheduled now; a check-in may be easier. */
  static Reply later(NoShowDraft draft) {
    return Reply.key("noshow.later", "name", draft.nameOrEmpty())
        .withRow(
            Choice.of(
                "noshow.button.checkIn", "/checkin " + ContactPicker.BY_ID + draft.contactId()));
  }

  /** The new meeting is planned; when the reminders will come. */
  static Reply rescheduled(TurnContext ctx, NoShowDraft draft, Instant at) {
    return Reply.of(
        Phrase.of(
            "noshow.rescheduled",
            "name",
            draft.nameOrEmpty(),
            "when",
            at.atZone(ctx.zone()).toLocalDateTime()),
        MeetingPhrases.reminders(at, ctx.zone(), ctx.now()));
  }
}
