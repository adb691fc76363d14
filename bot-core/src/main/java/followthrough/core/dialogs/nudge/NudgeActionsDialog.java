package followthrough.core.dialogs.nudge;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Meetings;
import java.util.List;
import java.util.Optional;

/**
 * Acts on a nudge from its buttons ({@link NudgeButtons}): {@code /nudge <action> <id> <version>}
 * marks a follow-up done, not reached, snoozed or moved, or a meeting confirmed, cancelled, moved
 * or missed, and edits the nudge to say what was done. Most buttons end at once; Reschedule asks
 * when (step {@code WHEN}). See nudge.md for the diagram. Like every command, a button pressed in
 * the middle of another dialogue ends that one. Give it the planning decorators ({@code
 * PlanningFollowUps}, {@code PlanningMeetings}) so that the nudges follow the change.
 */
public final class NudgeActionsDialog implements Dialog {

  enum Step {
    WHEN
  }

  private final FollowUpActions followUps;
  private final MeetingActions meetings;

  public NudgeActionsDialog(
      FollowUps followUps, Meetings meetings, Contacts contacts, IdGenerator ids) {
    Names names = new Names(contacts);
    this.followUps = new FollowUpActions(followUps, names);
    this.meetings = new MeetingActions(meetings, names, ids);
  }

  @Override
  public String id() {
    return "nudge";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of(NudgeButtons.COMMAND);
  }

  /** Started only by the buttons under a nudge. */
  @Override
  public boolean listed() {
    return false;
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    Optional<NudgeCall> call = NudgeCall.parse(args);
    if (call.isEmpty()) {
      return Turn.end(Reply.key("nudge.usage"));
    }
    return call.get().action().onFollowUp()
        ? followUps.start(ctx, call.get())
        : meetings.start(ctx, call.get());
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    NudgeDraft draft = NudgeDraft.fromSlots(state.slots());
    boolean onFollowUp = draft.action().onFollowUp();
    Object name = onFollowUp ? followUps.name(ctx, draft) : meetings.name(ctx, draft);
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, input, FollowUpActions.ASK_WHEN, "name", name);
    if (answer instanceof WhenQuestion.Answer.Again again) {
      return Turn.ask(Step.WHEN, state.slots(), again.reply());
    }
    return onFollowUp ? followUps.moveTo(ctx, draft, answer) : meetings.moveTo(ctx, draft, answer);
  }
}
