package followthrough.core.dialogs.team;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Activity;
import followthrough.core.ports.Team;
import followthrough.core.ports.TeamDigests;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /team}: the first line at a glance; {@code /team leave} leaves one's sponsor, {@code /team
 * remove} takes a member out of one's first line (both confirmed); {@code /team digest} shows the
 * digest of one's whole line now. See team.md for the diagram. A sponsor sees activity facts only.
 */
public final class TeamDialog implements Dialog {

  enum Step {
    CONFIRM_LEAVE,
    PICK_REMOVE,
    CONFIRM_REMOVE
  }

  static final String YES = "yes";
  static final String NO = "no";
  static final String PICK = "rm:";
  private static final String MEMBER = "member";

  private final Team team;
  private final TeamOverview overview;
  private final TeamDigests digests;

  public TeamDialog(Team team, Activity activity, TeamDigests digests) {
    this.team = team;
    this.overview = new TeamOverview(team, activity);
    this.digests = digests;
  }

  @Override
  public String id() {
    return "team";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("team");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    switch (args.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "" -> {
        SilenceRule rule = SilenceRule.of(ctx.profile().preferences());
        return Turn.end(overview.of(ctx.user(), rule, ctx.now()));
      }
      case "leave" -> {
        return startLeave(ctx);
      }
      case "remove" -> {
        return startRemove(ctx);
      }
      case "digest" -> {
        return Turn.end(digests.digest(ctx.user(), ctx.now()));
      }
      default -> {
        return Turn.end(Reply.key("team.usage"));
      }
    }
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    Step step = Step.valueOf(state.step());
    String value = input instanceof Input.Button b ? b.value() : "";
    if (step == Step.PICK_REMOVE) {
      return onPick(ctx, state, value);
    }
    if (!value.equals(YES) && !value.equals(NO)) {
      return Turn.ask(step, state.slots(), confirm(Phrase.of("team.confirm.again")));
    }
    if (value.equals(NO)) {
      return Turn.end(Reply.key("team.confirm.kept").replacingPrompt());
    }
    return step == Step.CONFIRM_LEAVE ? leave(ctx) : remove(ctx, state.slots().get(MEMBER));
  }

  private Turn startLeave(TurnContext ctx) {
    Optional<Member> me = team.find(ctx.user());
    if (me.isEmpty()) {
      return Turn.end(Reply.key("team.leave.noSponsor"));
    }
    return Turn.ask(Step.CONFIRM_LEAVE, Map.of(), confirm(Phrase.of("team.leave.confirm")));
  }

  private Turn leave(TurnContext ctx) {
    Optional<Member> me = team.find(ctx.user());
    if (me.isEmpty() || !team.leave(ctx.user(), me.get().sponsor())) {
      return Turn.end(Reply.key("team.leave.noSponsor").replacingPrompt());
    }
    return Turn.end(Reply.key("team.leave.done").replacingPrompt());
  }

  private Turn startRemove(TurnContext ctx) {
    List<Member> line = team.firstLine(ctx.user());
    if (line.isEmpty()) {
      return Turn.end(Reply.key("team.overview.empty"));
    }
    Reply ask = Reply.key("team.remove.pick");
    for (Member m : line.subList(0, Math.min(line.size(), TeamOverview.MAX_LISTED))) {
      ask = ask.withRow(new Choice(Phrase.verbatim(m.name()), PICK + m.id().value()));
    }
    return Turn.ask(Step.PICK_REMOVE, Map.of(), ask.withRow(Choice.of("team.button.no", NO)));
  }

  private Turn onPick(TurnContext ctx, DialogState state, String value) {
    if (value.equals(NO)) {
      return Turn.end(Reply.key("team.confirm.kept").replacingPrompt());
    }
    Optional<Member> picked =
        value.startsWith(PICK)
            ? team.firstLine(ctx.user()).stream()
                .filter(m -> m.id().value().equals(value.substring(PICK.length())))
                .findFirst()
            : Optional.empty();
    if (picked.isEmpty()) {
      return Turn.ask(Step.PICK_REMOVE, state.slots(), Reply.key("team.remove.pickAgain"));
    }
    Phrase name = Phrase.verbatim(picked.get().name());
    return Turn.ask(
        Step.CONFIRM_REMOVE,
        Map.of(MEMBER, picked.get().id().value()),
        confirm(Phrase.of("team.remove.confirm", "name", name)).replacingPrompt());
  }

  private Turn remove(TurnContext ctx, String member) {
    Optional<Member> found =
        member == null
            ? Optional.empty()
            : team.find(new followthrough.core.domain.user.UserId(member));
    if (found.isEmpty() || !team.leave(found.get().id(), ctx.user())) {
      return Turn.end(Reply.key("team.remove.gone").replacingPrompt());
    }
    return Turn.end(
        Reply.key("team.remove.done", "name", Phrase.verbatim(found.get().name()))
            .replacingPrompt());
  }

  private static Reply confirm(Phrase question) {
    return Reply.of(question)
        .withRow(Choice.of("team.button.yes", YES), Choice.of("team.button.no", NO));
  }
}
