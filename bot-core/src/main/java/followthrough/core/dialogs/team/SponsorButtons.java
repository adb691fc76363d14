package followthrough.core.dialogs.team;

import followthrough.core.conversation.Choice;
import followthrough.core.domain.user.UserId;
import java.util.List;

/**
 * The buttons under a nudge about a silent member: {@code /teamnudge <reach|plan|snooze> <member
 * id>}. Stateless.
 */
public final class SponsorButtons {

  /** The command the buttons run. */
  public static final String COMMAND = "teamnudge";

  static final String REACH = "reach";
  static final String PLAN = "plan";
  static final String SNOOZE = "snooze";

  private SponsorButtons() {}

  /** I reached out; Plan a check-in, Snooze a week. */
  public static List<List<Choice>> forMember(UserId member) {
    return List.of(
        List.of(choice("team.button.reached", REACH, member)),
        List.of(
            choice("team.button.plan", PLAN, member),
            choice("team.button.snooze", SNOOZE, member)));
  }

  private static Choice choice(String label, String action, UserId member) {
    return Choice.of(label, "/" + COMMAND + " " + action + " " + member.value());
  }
}
