package followthrough.core.dialogs.team;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.Team;
import followthrough.core.ports.Touches;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The buttons under a nudge about a silent member ({@link SponsorButtons}): I reached out logs a
 * touch with the member, Plan a check-in offers {@code /checkin} for them, Snooze a week asks again
 * in seven days if they are still quiet. The member is kept as a partner in the sponsor's own
 * contacts ({@link MemberContacts}), so touches and check-ins work as with anyone else. Ends at
 * once; only the member's sponsor can act.
 */
public final class SponsorNudgeDialog implements Dialog {

  /** How long Snooze a week waits. */
  static final int SNOOZE_DAYS = 7;

  private final Team team;
  private final MemberContacts memberContacts;
  private final Touches touches;
  private final SilenceWatch watch;
  private final IdGenerator ids;

  public SponsorNudgeDialog(
      Team team, Contacts contacts, Touches touches, SilenceWatch watch, IdGenerator ids) {
    this.team = team;
    this.memberContacts = new MemberContacts(contacts);
    this.touches = touches;
    this.watch = watch;
    this.ids = ids;
  }

  @Override
  public String id() {
    return "teamnudge";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of(SponsorButtons.COMMAND);
  }

  /** Started only by the buttons under a nudge. */
  @Override
  public boolean listed() {
    return false;
  }

  @Override
  public List<String> steps() {
    return List.of();
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    String[] parts = args.strip().split("\\s+");
    if (parts.length != 2 || parts[1].isBlank()) {
      return end(Reply.key("team.nudge.usage"));
    }
    Optional<Member> member = findOwn(ctx.user(), parts[1]);
    if (member.isEmpty()) {
      return end(Reply.key("team.nudge.notInLine"));
    }
    return end(act(ctx, parts[0], member.get()));
  }

  private Reply act(TurnContext ctx, String action, Member m) {
    Phrase name = Phrase.verbatim(m.name());
    switch (action) {
      case SponsorButtons.REACH -> {
        reachedOut(ctx, m);
        return Reply.key("team.nudge.reached", "name", name);
      }
      case SponsorButtons.PLAN -> {
        return Reply.key("team.nudge.plan", "name", name)
            .withRow(
                Choice.of("team.button.planNow", "/checkin #" + memberContacts.ensure(ctx, m)));
      }
      case SponsorButtons.SNOOZE -> {
        LocalDate until = ctx.now().atZone(ctx.zone()).toLocalDate().plusDays(SNOOZE_DAYS);
        watch.file(new SilenceWatch.Filing(m.id(), until, true));
        return Reply.key("team.nudge.snoozed", "name", name, "date", until);
      }
      default -> {
        return Reply.key("team.nudge.usage");
      }
    }
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    return end(Reply.key("team.nudge.usage"));
  }

  /** Logs a touch (a message, reached) with the member, kept in the sponsor's contacts. */
  private void reachedOut(TurnContext ctx, Member m) {
    String contactId = memberContacts.ensure(ctx, m);
    touches.add(
        new Touch(
            ids.newId(),
            ctx.user(),
            contactId,
            ctx.now(),
            Touch.Channel.MESSAGE,
            true,
            null,
            null,
            null,
            null,
            null));
  }

  private Optional<Member> findOwn(UserId sponsor, String memberId) {
    return team.find(new UserId(memberId)).filter(m -> m.sponsor().equals(sponsor));
  }

  private static Turn end(Reply reply) {
    return Turn.end(reply.replacingPrompt());
  }
}
