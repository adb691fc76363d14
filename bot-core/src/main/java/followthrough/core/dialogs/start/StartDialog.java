package followthrough.core.dialogs.start;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.join.JoinOffer;
import followthrough.core.dialogs.settings.ZoneQuestion;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.UserProfiles;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Greets a user and, when their time zone is not known yet, asks for it once, so that "today" and
 * "tomorrow 10:00" mean what they mean to the user; see start.md for the diagram. A deep-link
 * payload ({@code /start <code>}, a sponsor's invite) is answered with the offer to join that
 * sponsor ({@link JoinOffer}); the time zone is asked at the next {@code /start}.
 */
public final class StartDialog implements Dialog {

  enum Step {
    ZONE
  }

  private static final String SKIP = "skip";

  private final UserProfiles profiles;
  private final @Nullable JoinOffer joinOffer;

  /** A start dialog that does not read invites (payloads are ignored). */
  public StartDialog(UserProfiles profiles) {
    this(profiles, null);
  }

  /** A start dialog that offers to join the sponsor of an invite payload. */
  public StartDialog(UserProfiles profiles, @Nullable JoinOffer joinOffer) {
    this.profiles = profiles;
    this.joinOffer = joinOffer;
  }

  @Override
  public String id() {
    return "start";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("start");
  }

  @Override
  public List<String> steps() {
    return List.of(Step.ZONE.name());
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    StartDraft draft = new StartDraft(args.strip());
    if (joinOffer != null && !draft.payload().isEmpty()) {
      return Turn.end(Reply.key("engine.start.greeting"), joinOffer.offer(ctx, draft.payload()));
    }
    if (ctx.profile().zone() != null) {
      return Turn.end(nextSteps(Phrase.of("engine.start.greeting")));
    }
    return Turn.ask(
        Step.ZONE,
        draft.toSlots(),
        Reply.key("engine.start.greeting"),
        withSkip(ZoneQuestion.ask()));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return Turn.end(nextSteps(Phrase.of("start.zone.skipped")).replacingPrompt());
    }
    Optional<ZoneId> zone = ZoneQuestion.read(input);
    if (zone.isEmpty()) {
      return Turn.ask(Step.ZONE, state.slots(), withSkip(ZoneQuestion.again()));
    }
    profiles.save(ctx.profile().withZone(zone.get()));
    return Turn.end(nextSteps(ZoneQuestion.saved(zone.get(), ctx.now())).replacingPrompt());
  }

  private static Reply nextSteps(Phrase before) {
    return Reply.of(before, Phrase.of("start.next"))
        .withRow(
            Choice.of("start.button.contact", "/contact"), Choice.of("start.button.help", "/help"));
  }

  private static Reply withSkip(Reply question) {
    return question.withRow(Choice.of("dialog.button.skip", SKIP));
  }
}
