package followthrough.core.dialogs.invite;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.team.DisplayName;
import followthrough.core.domain.team.Invite;
import followthrough.core.ports.DeepLinks;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Invites;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /invite}: asks which name the invitee should see for the sponsor (or takes it from {@code
 * /invite <name>}), then issues a personal invite valid for 14 days: a deep link where the platform
 * has them (Telegram), else a code for {@code /join <code>} (Discord). {@code /invite revoke
 * <code>} revokes one. Codes come from an id generator of at least 96 random bits. See invite.md.
 */
public final class InviteDialog implements Dialog {

  enum Step {
    NAME
  }

  static final String REVOKE = "revoke";
  private static final int MAX_TRIES = 3;

  private final Invites invites;
  private final DeepLinks links;
  private final IdGenerator codes;

  /**
   * @param codes makes the codes: at least 96 random bits in {@code [A-Za-z0-9_-]} (the
   *     application's {@code RandomIdGenerator})
   */
  public InviteDialog(Invites invites, DeepLinks links, IdGenerator codes) {
    this.invites = invites;
    this.links = links;
    this.codes = codes;
  }

  @Override
  public String id() {
    return "invite";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("invite");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    String a = args.strip();
    if (a.startsWith(REVOKE + " ")) {
      return revoke(ctx, a.substring(REVOKE.length()).strip());
    }
    if (a.isEmpty()) {
      return Turn.ask(Step.NAME, Map.of(), Reply.key("invite.ask.name"));
    }
    return named(ctx, a);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    if (!(input instanceof Input.Text text)) {
      return Turn.ask(Step.NAME, state.slots(), Reply.key("invite.ask.name"));
    }
    return named(ctx, text.text());
  }

  private Turn named(TurnContext ctx, String typed) {
    Optional<String> name = DisplayName.clean(typed);
    if (name.isEmpty()) {
      return Turn.ask(
          Step.NAME, Map.of(), Reply.key("invite.invalid.name", "max", DisplayName.MAX));
    }
    for (int i = 0; i < MAX_TRIES; i++) {
      Invite invite = Invite.issue(codes.newId(), ctx.user(), name.get(), ctx.now());
      if (invites.add(invite)) {
        return Turn.end(issued(ctx, invite));
      }
    }
    throw new IllegalStateException("no fresh invite code after " + MAX_TRIES + " tries");
  }

  private Reply issued(TurnContext ctx, Invite invite) {
    Optional<String> link = links.privateChat(ctx.key().platform(), invite.code());
    Reply reply =
        link.isPresent()
            ? Reply.key(
                "invite.link",
                "link",
                link.get(),
                "until",
                invite.expiresAt().atZone(ctx.zone()).toLocalDate())
            : Reply.key(
                "invite.code",
                "code",
                invite.code(),
                "until",
                invite.expiresAt().atZone(ctx.zone()).toLocalDate());
    return reply.withRow(
        Choice.of("invite.button.revoke", "/invite " + REVOKE + " " + invite.code()));
  }

  private Turn revoke(TurnContext ctx, String code) {
    boolean revoked = Invite.isWellFormed(code) && invites.revoke(ctx.user(), code);
    return Turn.end(Reply.key(revoked ? "invite.revoked" : "invite.notFound").replacingPrompt());
  }
}
