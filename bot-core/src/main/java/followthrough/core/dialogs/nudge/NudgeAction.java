package followthrough.core.dialogs.nudge;

import java.util.Arrays;
import java.util.Optional;

/** What a nudge's button does, by its short code in the button value. */
enum NudgeAction {
  DONE("done", true),
  MISS("miss", true),
  HOUR("hour", true),
  TOMORROW("tmrw", true),
  MOVE("move", true),
  CONFIRMED("ok", false),
  CANCELLED("off", false),
  MOVE_MEETING("mmove", false),
  NO_SHOW("noshow", false),
  AGAIN("again", false);

  private final String code;
  private final boolean onFollowUp;

  NudgeAction(String code, boolean onFollowUp) {
    this.code = code;
    this.onFollowUp = onFollowUp;
  }

  String code() {
    return code;
  }

  /** Whether it acts on a follow-up (else on a meeting). */
  boolean onFollowUp() {
    return onFollowUp;
  }

  static Optional<NudgeAction> byCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
