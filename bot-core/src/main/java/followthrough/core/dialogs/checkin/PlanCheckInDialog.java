package followthrough.core.dialogs.checkin;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Touches;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans a check-in, "say what you'll do": who, when, how (phone, message, in person), an optional
 * note, confirm and save. A check-in with a prospect sooner than a week after the last touch gets a
 * kind word on the pace and a choice; see checkin.md for the diagram.
 */
public final class PlanCheckInDialog implements Dialog {

  enum Step {
    WHO,
    WHEN,
    TOO_SOON,
    HOW,
    NOTE,
    CONFIRM
  }

  private final Contacts contacts;
  private final FollowUps followUps;
  private final Touches touches;
  private final IdGenerator ids;
  private final ContactPicker picker;

  public PlanCheckInDialog(
      Contacts contacts, FollowUps followUps, Touches touches, IdGenerator ids) {
    this.contacts = contacts;
    this.followUps = followUps;
    this.touches = touches;
    this.ids = ids;
    this.picker = new ContactPicker(contacts);
  }

  @Override
  public String id() {
    return "checkin";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("checkin");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    CheckInDraft draft = CheckInDraft.start(ids.newId());
    return onPicked(draft, picker.start(ctx.user(), args, "checkin.ask.who"));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    CheckInDraft draft = CheckInDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case WHO -> onPicked(draft, picker.read(ctx.user(), input, "checkin.ask.who"));
      case WHEN -> onWhen(ctx, draft, input);
      case TOO_SOON -> onTooSoon(ctx, draft, input);
      case HOW -> onHow(draft, input);
      case NOTE -> onNote(ctx, draft, input);
      case CONFIRM -> onConfirm(ctx, draft, input);
    };
  }

  private Turn onPicked(CheckInDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Picked picked) {
      CheckInDraft named = draft.withContact(picked.contact());
      return Turn.ask(Step.WHEN, named.toSlots(), CheckInQuestions.when(named));
    }
    return Turn.ask(Step.WHO, draft.toSlots(), ((ContactPicker.Result.Ask) result).reply());
  }

  private Turn onWhen(TurnContext ctx, CheckInDraft draft, Input input) {
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, input, "checkin.ask.when", "name", draft.nameOrEmpty());
    if (answer instanceof WhenQuestion.Answer.At at) {
      return checkPace(ctx, draft.withDue(at.at()));
    }
    if (answer instanceof WhenQuestion.Answer.DayOnly dayOnly) {
      int hour = ctx.profile().preferences().agendaHour();
      return checkPace(
          ctx, draft.withDue(WhenQuestion.atHour(dayOnly.day(), hour, ctx.zone(), ctx.now())));
    }
    return Turn.ask(Step.WHEN, draft.toSlots(), ((WhenQuestion.Answer.Again) answer).reply());
  }

  private Turn checkPace(TurnContext ctx, CheckInDraft draft) {
    String contactId = String.valueOf(draft.contactId());
    Instant due = draft.dueAt() == null ? ctx.now() : draft.dueAt();
    Optional<Instant> last =
        contacts
            .find(ctx.user(), contactId)
            .flatMap(
                c ->
                    LeadPace.tooSoonAfter(
                        c.rung(), touches.forContact(ctx.user(), contactId), due));
    if (last.isEmpty()) {
      return askHow(draft);
    }
    int hour = ctx.profile().preferences().agendaHour();
    CheckInDraft paced =
        draft.withPace(last.get(), LeadPace.firstFine(last.get(), hour, ctx.zone(), ctx.now()));
    return Turn.ask(Step.TOO_SOON, paced.toSlots(), CheckInQuestions.tooSoon(ctx, paced));
  }

  private Turn onTooSoon(TurnContext ctx, CheckInDraft draft, Input input) {
    String value = input instanceof Input.Button b ? b.value() : "";
    if (value.equals(CheckInQuestions.KEEP)) {
      return askHow(draft);
    }
    if (value.equals(CheckInQuestions.SUGGESTED) && draft.suggested() != null) {
      return askHow(draft.withDue(draft.suggested()));
    }
    if (value.equals(CheckInQuestions.OTHER)) {
      return Turn.ask(Step.WHEN, draft.toSlots(), CheckInQuestions.when(draft));
    }
    return Turn.ask(
        Step.TOO_SOON,
        draft.toSlots(),
        Reply.key("dialog.pickButton"),
        CheckInQuestions.tooSoon(ctx, draft));
  }

  private Turn onHow(CheckInDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().startsWith(CheckInQuestions.CHANNEL)) {
      Optional<FollowUp.Channel> channel =
          CheckInQuestions.channel(b.value().substring(CheckInQuestions.CHANNEL.length()));
      if (channel.isPresent()) {
        return Turn.ask(
            Step.NOTE, draft.withChannel(channel.get()).toSlots(), CheckInQuestions.note(draft));
      }
    }
    return Turn.ask(
        Step.HOW, draft.toSlots(), Reply.key("dialog.pickButton"), CheckInQuestions.how(draft));
  }

  private Turn onNote(TurnContext ctx, CheckInDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(CheckInQuestions.SKIP)) {
      return confirm(ctx, draft.withNote(null));
    }
    if (input instanceof Input.Text t) {
      Optional<ContactText.Problem> problem = ContactText.checkNote(t.text());
      if (problem.isEmpty()) {
        return confirm(ctx, draft.withNote(t.text().strip()));
      }
      if (problem.get() == ContactText.Problem.TOO_LONG) {
        return Turn.ask(
            Step.NOTE,
            draft.toSlots(),
            Reply.key("checkin.note.tooLong", "max", ContactText.MAX_NOTE),
            CheckInQuestions.note(draft));
      }
    }
    return Turn.ask(
        Step.NOTE, draft.toSlots(), Reply.key("dialog.unexpected"), CheckInQuestions.note(draft));
  }

  private Turn onConfirm(TurnContext ctx, CheckInDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(CheckInQuestions.SAVE)) {
      followUps.add(draft.toFollowUp(ctx.user(), ctx.now()));
      return Turn.end(CheckInQuestions.saved(ctx, draft));
    }
    return Turn.ask(
        Step.CONFIRM,
        draft.toSlots(),
        Reply.key("dialog.pickButton"),
        CheckInQuestions.summary(ctx, draft));
  }

  private Turn askHow(CheckInDraft draft) {
    return Turn.ask(Step.HOW, draft.toSlots(), CheckInQuestions.how(draft));
  }

  private Turn confirm(TurnContext ctx, CheckInDraft draft) {
    return Turn.ask(Step.CONFIRM, draft.toSlots(), CheckInQuestions.summary(ctx, draft));
  }
}
