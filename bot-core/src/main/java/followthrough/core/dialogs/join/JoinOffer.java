package followthrough.core.dialogs.join;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.domain.team.Invite;
import followthrough.core.domain.team.Member;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Invites;
import followthrough.core.ports.Team;
import java.util.Optional;

/**
 * Checks an invite code for the user who opened it and offers to join: "Anna invites you to her
 * team: is Anna your sponsor?" with Yes and No. Refuses, with a short reason, a malformed, unknown,
 * revoked or expired code, one's own invite, a user who has a sponsor already, and a sponsor from
 * one's own line. Used by {@code /join <code>} and {@code /start <code>}.
 */
public final class JoinOffer {

  static final String COMMAND = "join";
  static final String YES = "ok";
  static final String NO = "no";

  private final Invites invites;
  private final Team team;

  public JoinOffer(Invites invites, Team team) {
    this.invites = invites;
    this.team = team;
  }

  /** The offer to join, or why it cannot be made. */
  public Reply offer(TurnContext ctx, String code) {
    Checked checked = check(ctx, code);
    if (checked.refusal() != null) {
      return Reply.key(checked.refusal());
    }
    Phrase sponsor = Phrase.verbatim(checked.invite().sponsorName());
    return Reply.key("join.confirm", "sponsor", sponsor)
        .withRow(
            Choice.of("join.button.yes", "/" + COMMAND + " " + YES + " " + code),
            Choice.of("join.button.no", "/" + COMMAND + " " + NO));
  }

  /** The invite behind a code the user may use now, or the key of why not. */
  Checked check(TurnContext ctx, String code) {
    Optional<Invite> found =
        Invite.isWellFormed(code) ? invites.find(code) : Optional.<Invite>empty();
    if (found.isEmpty() || !found.get().usableAt(ctx.now())) {
      return new Checked(null, "join.invalid");
    }
    Invite invite = found.get();
    if (invite.sponsor().equals(ctx.user())) {
      return new Checked(null, "join.own");
    }
    if (team.find(ctx.user()).isPresent()) {
      return new Checked(null, "join.hasSponsor");
    }
    boolean inOwnLine =
        team.find(invite.sponsor()).map(Member::lineage).orElse(java.util.List.of()).stream()
            .anyMatch(ctx.user()::equals);
    return inOwnLine ? new Checked(null, "join.ownLine") : new Checked(invite, null);
  }

  /** An usable invite, or the key of the refusal. */
  record Checked(
      @org.jspecify.annotations.Nullable Invite invite,
      @org.jspecify.annotations.Nullable String refusal) {}
}
