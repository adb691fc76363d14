package followthrough.core.dialogs.nudge;

import java.util.Optional;

/** The arguments of {@code /nudge <action> <subject id> <version>}, as a button sends them. */
record NudgeCall(NudgeAction action, String subjectId, String version) {

  /** Reads the arguments; empty when they are not what a button sends (typed by hand). */
  static Optional<NudgeCall> parse(String args) {
    String[] parts = args.strip().split("\\s+");
    if (parts.length != 3) {
      return Optional.empty();
    }
    return NudgeAction.byCode(parts[0]).map(a -> new NudgeCall(a, parts[1], parts[2]));
  }
}
