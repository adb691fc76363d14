package followthrough.core.dialogs.nudge;

import followthrough.core.conversation.Choice;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import java.time.Instant;
import java.util.List;

/**
 * The buttons under a nudge. Each runs {@code /nudge <action> <subject id> <version>}: at most 52
 * bytes with a 32-character id, so it fits Telegram's 64. The version is the subject's due time
 * (base 36 epoch seconds): a button of a reminder whose subject has moved since is recognised as
 * out of date and answered with where things stand now, so a double tap never carries a follow-up
 * over twice. Stateless.
 */
public final class NudgeButtons {

  /** The command the buttons run. */
  public static final String COMMAND = "nudge";

  private NudgeButtons() {}

  /** Done / Not reached, In 1 hour / Tomorrow, Reschedule: for a follow-up's nudge. */
  public static List<List<Choice>> forFollowUp(FollowUp followUp) {
    String id = followUp.id();
    Instant at = followUp.dueAt();
    return List.of(
        List.of(
            choice("nudge.button.done", NudgeAction.DONE, id, at),
            choice("nudge.button.notReached", NudgeAction.MISS, id, at)),
        List.of(
            choice("nudge.button.snoozeHour", NudgeAction.HOUR, id, at),
            choice("nudge.button.snoozeTomorrow", NudgeAction.TOMORROW, id, at)),
        List.of(choice("nudge.button.reschedule", NudgeAction.MOVE, id, at)));
  }

  /** Confirmed / Cancelled, Reschedule / No-show: for a meeting reminder. */
  public static List<List<Choice>> forMeeting(Meeting meeting) {
    String id = meeting.id();
    Instant at = meeting.at();
    return List.of(
        List.of(
            choice("nudge.button.confirmed", NudgeAction.CONFIRMED, id, at),
            choice("nudge.button.cancelled", NudgeAction.CANCELLED, id, at)),
        List.of(
            choice("nudge.button.reschedule", NudgeAction.MOVE_MEETING, id, at),
            choice("nudge.button.noShow", NudgeAction.NO_SHOW, id, at)));
  }

  /** Opens the day's agenda ({@code /today}): under the morning agenda and grouped nudges. */
  public static Choice today() {
    return Choice.of("nudge.button.today", "/today");
  }

  /** Plans a new meeting with the contact of a missed or cancelled one. */
  static Choice again(Meeting meeting) {
    return choice("nudge.button.newMeeting", NudgeAction.AGAIN, meeting.id(), meeting.at());
  }

  /** The version of a subject due at {@code at}. */
  static String version(Instant at) {
    return Long.toString(at.getEpochSecond(), 36);
  }

  private static Choice choice(String labelKey, NudgeAction action, String id, Instant at) {
    return Choice.of(labelKey, "/" + COMMAND + " " + action.code() + " " + id + " " + version(at));
  }
}
