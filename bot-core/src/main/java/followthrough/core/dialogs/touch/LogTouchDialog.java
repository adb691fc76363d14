package followthrough.core.dialogs.touch;

import static followthrough.core.dialogs.touch.TouchQuestions.CHANNEL;
import static followthrough.core.dialogs.touch.TouchQuestions.NOTHING;
import static followthrough.core.dialogs.touch.TouchQuestions.NOT_REACHED;
import static followthrough.core.dialogs.touch.TouchQuestions.NOT_SATISFIED;
import static followthrough.core.dialogs.touch.TouchQuestions.PROMISE_WHEN;
import static followthrough.core.dialogs.touch.TouchQuestions.REACHED;
import static followthrough.core.dialogs.touch.TouchQuestions.REASON;
import static followthrough.core.dialogs.touch.TouchQuestions.REORDER;
import static followthrough.core.dialogs.touch.TouchQuestions.SATISFIED;
import static followthrough.core.dialogs.touch.TouchQuestions.SAVE;
import static followthrough.core.dialogs.touch.TouchQuestions.SKIP;
import static followthrough.core.dialogs.touch.TouchQuestions.WHO;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Ladder;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Touches;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Logs a touch ("I spoke with Anna") and its outcome; see touch.md for the diagram. Saving stores
 * the touch, the check-in a promise becomes and a lead's next touch, and ticks off the follow-ups
 * the touch fulfils, all in one idempotent turn.
 */
public final class LogTouchDialog implements Dialog {

  enum Step {
    WHO,
    CHANNEL,
    REACHED,
    SATISFIED,
    REASON,
    REASON_NOTE,
    REORDER,
    PROMISE,
    PROMISE_WHEN,
    CONFIRM
  }

  private final Contacts contacts;
  private final ContactPicker picker;
  private final TouchSaving saving;
  private final IdGenerator ids;

  /** The dialog reading contacts, storing touches and reading and storing follow-ups. */
  public LogTouchDialog(Contacts contacts, Touches touches, FollowUps followUps, IdGenerator ids) {
    this.contacts = contacts;
    this.picker = new ContactPicker(contacts);
    this.saving = new TouchSaving(touches, followUps);
    this.ids = ids;
  }

  @Override
  public String id() {
    return "touch";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("touch");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    TouchDraft draft = TouchDraft.start(ids.newId());
    return picked(draft, picker.start(ctx.user(), args, WHO));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    TouchDraft draft = TouchDraft.fromSlots(state.slots());
    String pressed = input instanceof Input.Button b ? b.value() : "";
    return switch (Step.valueOf(state.step())) {
      case WHO -> picked(draft, picker.read(ctx.user(), input, WHO));
      case CHANNEL -> onChannel(draft, pressed);
      case REACHED -> onReached(ctx, draft, pressed);
      case SATISFIED -> onSatisfied(draft, pressed);
      case REASON -> onReason(draft, input, pressed);
      case REASON_NOTE -> onReasonNote(draft, input, pressed);
      case REORDER -> onReorder(draft, pressed);
      case PROMISE -> onPromise(ctx, draft, input, pressed);
      case PROMISE_WHEN -> onPromiseWhen(ctx, draft, input);
      case CONFIRM -> onConfirm(ctx, draft, pressed);
    };
  }

  private Turn picked(TouchDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Picked picked) {
      TouchDraft chosen = draft.withContact(picked.contact());
      return Turn.ask(Step.CHANNEL, chosen.toSlots(), TouchQuestions.channel(chosen));
    }
    return Turn.ask(Step.WHO, draft.toSlots(), ((ContactPicker.Result.Ask) result).reply());
  }

  private Turn onChannel(TouchDraft draft, String pressed) {
    Optional<Touch.Channel> channel = TouchAnswers.named(Touch.Channel.class, CHANNEL, pressed);
    if (channel.isEmpty()) {
      return pick(Step.CHANNEL, draft, TouchQuestions.channel(draft));
    }
    TouchDraft how = draft.withChannel(channel.get());
    return Turn.ask(Step.REACHED, how.toSlots(), TouchQuestions.reached(how));
  }

  private Turn onReached(TurnContext ctx, TouchDraft draft, String pressed) {
    if (pressed.equals(NOT_REACHED)) {
      return confirm(ctx, draft.withReached(false));
    }
    if (!pressed.equals(REACHED)) {
      return pick(Step.REACHED, draft, TouchQuestions.reached(draft));
    }
    TouchDraft reached = draft.withReached(true);
    if (Ladder.isCustomer(draft.rung() == null ? Rung.PROSPECT : draft.rung())) {
      return Turn.ask(Step.SATISFIED, reached.toSlots(), TouchQuestions.satisfied(reached));
    }
    return Turn.ask(Step.PROMISE, reached.toSlots(), TouchQuestions.promise(reached));
  }

  private Turn onSatisfied(TouchDraft draft, String pressed) {
    if (pressed.equals(SATISFIED)) {
      TouchDraft happy = draft.withSatisfied(true);
      return Turn.ask(Step.REORDER, happy.toSlots(), TouchQuestions.reorder(happy));
    }
    if (pressed.equals(NOT_SATISFIED)) {
      return Turn.ask(Step.REASON, draft.withSatisfied(false).toSlots(), TouchQuestions.reason());
    }
    return pick(Step.SATISFIED, draft, TouchQuestions.satisfied(draft));
  }

  private Turn onReason(TouchDraft draft, Input input, String pressed) {
    Optional<Touch.Reason> reason = TouchAnswers.named(Touch.Reason.class, REASON, pressed);
    if (reason.isPresent() && reason.get() == Touch.Reason.OTHER) {
      return Turn.ask(Step.REASON_NOTE, draft.toSlots(), TouchQuestions.reasonNote());
    }
    if (reason.isPresent()) {
      return askReorder(draft.withReason(reason.get(), null));
    }
    Optional<String> words = TouchAnswers.words(input);
    if (words.isPresent()) {
      return askReorder(draft.withReason(Touch.Reason.OTHER, words.get()));
    }
    return unexpected(Step.REASON, draft, TouchQuestions.reason(), input);
  }

  private Turn onReasonNote(TouchDraft draft, Input input, String pressed) {
    if (pressed.equals(SKIP)) {
      return askReorder(draft.withReason(Touch.Reason.OTHER, null));
    }
    Optional<String> words = TouchAnswers.words(input);
    if (words.isPresent()) {
      return askReorder(draft.withReason(Touch.Reason.OTHER, words.get()));
    }
    return unexpected(Step.REASON_NOTE, draft, TouchQuestions.reasonNote(), input);
  }

  private Turn onReorder(TouchDraft draft, String pressed) {
    Optional<TouchDraft.Reorder> answer =
        TouchAnswers.named(TouchDraft.Reorder.class, REORDER, pressed);
    if (answer.isEmpty()) {
      return pick(Step.REORDER, draft, TouchQuestions.reorder(draft));
    }
    TouchDraft answered = draft.withReorder(answer.get());
    return Turn.ask(Step.PROMISE, answered.toSlots(), TouchQuestions.promise(answered));
  }

  private Turn onPromise(TurnContext ctx, TouchDraft draft, Input input, String pressed) {
    if (pressed.equals(NOTHING)) {
      return confirm(ctx, draft.withPromise(null, null));
    }
    Optional<String> words = TouchAnswers.words(input);
    if (words.isEmpty()) {
      return unexpected(Step.PROMISE, draft, TouchQuestions.promise(draft), input);
    }
    TouchDraft promised = draft.withPromise(words.get(), null);
    return Turn.ask(Step.PROMISE_WHEN, promised.toSlots(), TouchQuestions.promiseWhen(promised));
  }

  private Turn onPromiseWhen(TurnContext ctx, TouchDraft draft, Input input) {
    WhenQuestion.Answer when =
        WhenQuestion.read(ctx, input, PROMISE_WHEN, "promise", draft.promise());
    if (when instanceof WhenQuestion.Answer.Again again) {
      return Turn.ask(Step.PROMISE_WHEN, draft.toSlots(), again.reply());
    }
    Instant at = TouchAnswers.due(ctx, when);
    return confirm(ctx, draft.withPromise(draft.promise(), at));
  }

  private Turn onConfirm(TurnContext ctx, TouchDraft draft, String pressed) {
    if (!pressed.equals(SAVE)) {
      return pick(Step.CONFIRM, draft, TouchQuestions.summary(draft, ctx.zone()));
    }
    Optional<Contact> contact = contacts.find(ctx.user(), draft.contactId());
    if (contact.isEmpty()) {
      return Turn.end(Reply.key("touch.gone"));
    }
    return Turn.end(saving.save(ctx, draft, contact.get()));
  }

  private Turn askReorder(TouchDraft draft) {
    return Turn.ask(Step.REORDER, draft.toSlots(), TouchQuestions.reorder(draft));
  }

  private Turn confirm(TurnContext ctx, TouchDraft draft) {
    return Turn.ask(Step.CONFIRM, draft.toSlots(), TouchQuestions.summary(draft, ctx.zone()));
  }

  private static Turn pick(Step step, TouchDraft draft, Reply question) {
    return Turn.ask(step, draft.toSlots(), Reply.key("dialog.pickButton"), question);
  }

  /** Asks a question that takes free text again, saying why (too long, or not understood). */
  private static Turn unexpected(Step step, TouchDraft draft, Reply question, Input input) {
    return Turn.ask(step, draft.toSlots(), TouchAnswers.why(input), question);
  }
}
