package followthrough.core.dialogs.meeting;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a meeting with a contact: who, when (a day and a time), where or how, confirm and save. The
 * confirmation says when the reminders will come (the day before and 2 hours before) and how
 * reliable the contact has been; see meeting.md for the diagram.
 */
public final class PlanMeetingDialog implements Dialog {

  enum Step {
    WHO,
    WHEN,
    TIME,
    PLACE,
    CONFIRM
  }

  private static final String SKIP = "skip";
  private static final String SAVE = "save";

  private final Meetings meetings;
  private final ContactReliability reliabilities;
  private final IdGenerator ids;
  private final ContactPicker picker;

  public PlanMeetingDialog(Contacts contacts, Meetings meetings, Events events, IdGenerator ids) {
    this.meetings = meetings;
    this.reliabilities = new ContactReliability(meetings, events);
    this.ids = ids;
    this.picker = new ContactPicker(contacts);
  }

  @Override
  public String id() {
    return "meeting";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("meeting");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    MeetingDraft draft = MeetingDraft.start(ids.newId());
    return onPicked(draft, picker.start(ctx.user(), args, "meeting.ask.who"));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    MeetingDraft draft = MeetingDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case WHO -> onPicked(draft, picker.read(ctx.user(), input, "meeting.ask.who"));
      case WHEN -> onWhen(ctx, draft, input);
      case TIME -> onTime(ctx, draft, input);
      case PLACE -> onPlace(ctx, draft, input);
      case CONFIRM -> onConfirm(ctx, draft, input);
    };
  }

  private Turn onPicked(MeetingDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Picked picked) {
      MeetingDraft named = draft.withContact(picked.contact());
      return Turn.ask(
          Step.WHEN,
          named.toSlots(),
          WhenQuestion.ask("meeting.ask.when", "name", named.nameOrEmpty()));
    }
    return Turn.ask(Step.WHO, draft.toSlots(), ((ContactPicker.Result.Ask) result).reply());
  }

  private Turn onWhen(TurnContext ctx, MeetingDraft draft, Input input) {
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, input, "meeting.ask.when", "name", draft.nameOrEmpty());
    return onAnswer(draft, answer, Step.WHEN);
  }

  private Turn onTime(TurnContext ctx, MeetingDraft draft, Input input) {
    if (draft.day() == null) {
      return Turn.ask(
          Step.WHEN,
          draft.toSlots(),
          WhenQuestion.ask("meeting.ask.when", "name", draft.nameOrEmpty()));
    }
    return onAnswer(draft, MeetingTimeQuestion.read(ctx, input, draft.day()), Step.TIME);
  }

  private Turn onAnswer(MeetingDraft draft, WhenQuestion.Answer answer, Step asked) {
    if (answer instanceof WhenQuestion.Answer.At at) {
      return askPlace(draft.withAt(at.at()));
    }
    if (answer instanceof WhenQuestion.Answer.DayOnly dayOnly) {
      return Turn.ask(
          Step.TIME,
          draft.withDay(dayOnly.day()).toSlots(),
          MeetingTimeQuestion.ask(dayOnly.day()));
    }
    return Turn.ask(asked, draft.toSlots(), ((WhenQuestion.Answer.Again) answer).reply());
  }

  private Turn onPlace(TurnContext ctx, MeetingDraft draft, Input input) {
    if (input instanceof Input.Button b && isHowToken(b.value())) {
      return confirm(ctx, draft.withPlace(b.value()));
    }
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return confirm(ctx, draft.withPlace(null));
    }
    if (input instanceof Input.Text t) {
      Optional<ContactText.Problem> problem = ContactText.checkNote(t.text());
      if (problem.isEmpty()) {
        return confirm(ctx, draft.withPlace(t.text().strip()));
      }
      if (problem.get() == ContactText.Problem.TOO_LONG) {
        return Turn.ask(
            Step.PLACE,
            draft.toSlots(),
            Reply.key("meeting.place.tooLong", "max", ContactText.MAX_NOTE),
            placeQuestion(draft));
      }
    }
    return Turn.ask(
        Step.PLACE, draft.toSlots(), Reply.key("dialog.unexpected"), placeQuestion(draft));
  }

  private Turn onConfirm(TurnContext ctx, MeetingDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SAVE) && draft.at() != null) {
      meetings.add(draft.toMeeting(ctx.user(), ctx.now()));
      return Turn.end(
          Reply.key(
                  "meeting.saved",
                  "name",
                  draft.nameOrEmpty(),
                  "when",
                  draft.at().atZone(ctx.zone()).toLocalDateTime())
              .withRow(Choice.of("meeting.button.another", "/meeting"))
              .replacingPrompt());
    }
    return Turn.ask(
        Step.CONFIRM, draft.toSlots(), Reply.key("dialog.pickButton"), summary(ctx, draft));
  }

  private Turn askPlace(MeetingDraft draft) {
    return Turn.ask(Step.PLACE, draft.toSlots(), placeQuestion(draft));
  }

  private Turn confirm(TurnContext ctx, MeetingDraft draft) {
    return Turn.ask(Step.CONFIRM, draft.toSlots(), summary(ctx, draft));
  }

  private static boolean isHowToken(String value) {
    return MeetingPhrases.howChoices().stream().anyMatch(c -> c.value().equals(value));
  }

  private static Reply placeQuestion(MeetingDraft draft) {
    return Reply.key("meeting.ask.place", "name", draft.nameOrEmpty())
        .withRow(MeetingPhrases.howChoices().toArray(Choice[]::new))
        .withRow(Choice.of("dialog.button.skip", SKIP));
  }

  private Reply summary(TurnContext ctx, MeetingDraft draft) {
    Instant at = draft.at() == null ? ctx.now() : draft.at();
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "meeting.confirm.summary",
            "name",
            draft.nameOrEmpty(),
            "when",
            at.atZone(ctx.zone()).toLocalDateTime(),
            "place",
            MeetingPhrases.place(draft.place())));
    paragraphs.add(MeetingPhrases.reminders(at, ctx.zone(), ctx.now()));
    Reliability reliability = reliabilities.of(ctx.user(), String.valueOf(draft.contactId()));
    if (reliability.known()) {
      paragraphs.add(MeetingPhrases.reliability(draft.nameOrEmpty(), reliability));
    }
    return new Reply(paragraphs, List.of(), false)
        .withRow(
            Choice.of("meeting.button.save", SAVE), Choice.of("dialog.button.cancel", "/cancel"));
  }
}
