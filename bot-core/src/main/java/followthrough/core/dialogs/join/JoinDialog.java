package followthrough.core.dialogs.join;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.team.DisplayName;
import followthrough.core.domain.team.Invite;
import followthrough.core.domain.team.Member;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Invites;
import followthrough.core.ports.Team;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /join <code>}: shows whose invite it is and asks to confirm that this is the sponsor
 * ({@link JoinOffer}); Yes asks which name the sponsor should see, then the user is in the
 * sponsor's first line. {@code /start <code>} (a Telegram deep link) shows the same offer. See
 * join.md for the diagram.
 */
public final class JoinDialog implements Dialog {

  enum Step {
    NAME
  }

  private static final String CODE = "code";

  private final Team team;
  private final JoinOffer offer;

  public JoinDialog(Invites invites, Team team) {
    this.team = team;
    this.offer = new JoinOffer(invites, team);
  }

  @Override
  public String id() {
    return "join";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of(JoinOffer.COMMAND);
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    String[] parts = args.strip().split("\\s+");
    if (parts[0].isEmpty()) {
      return Turn.end(Reply.key("join.usage"));
    }
    if (parts[0].equals(JoinOffer.NO) && parts.length == 1) {
      return Turn.end(Reply.key("join.declined").replacingPrompt());
    }
    if (parts[0].equals(JoinOffer.YES) && parts.length == 2) {
      JoinOffer.Checked checked = offer.check(ctx, parts[1]);
      if (checked.refusal() != null) {
        return Turn.end(Reply.key(checked.refusal()).replacingPrompt());
      }
      return Turn.ask(Step.NAME, Map.of(CODE, parts[1]), Reply.key("join.ask.name"));
    }
    return Turn.end(parts.length == 1 ? offer.offer(ctx, parts[0]) : Reply.key("join.usage"));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    Optional<String> name =
        input instanceof Input.Text text ? DisplayName.clean(text.text()) : Optional.empty();
    if (name.isEmpty()) {
      return Turn.ask(
          Step.NAME, state.slots(), Reply.key("join.invalid.name", "max", DisplayName.MAX));
    }
    JoinOffer.Checked checked = offer.check(ctx, state.slots().getOrDefault(CODE, ""));
    if (checked.refusal() != null) {
      return Turn.end(Reply.key(checked.refusal()));
    }
    Invite invite = checked.invite();
    List<followthrough.core.domain.user.UserId> above =
        team.find(invite.sponsor()).map(Member::lineage).orElse(List.of());
    Member member = Member.joining(ctx.user(), invite.sponsor(), above, name.get(), ctx.now());
    if (!team.join(member)) {
      return Turn.end(Reply.key("join.hasSponsor"));
    }
    return Turn.end(
        Reply.key(
            "join.done", "sponsor", Phrase.verbatim(invite.sponsorName()), "name", name.get()));
  }
}
