package followthrough.core.dialog;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.TurnContext;
import java.util.List;

/**
 * A guided dialogue: a step machine that computes replies and its next step from the turn's
 * context, its saved state and the input. It reaches stores only through ports given to its
 * constructor, writes a fact at most once per turn, and keeps everything else in its slots, so that
 * a failed or repeated turn leaves nothing half-saved. Implementations are stateless and
 * thread-safe; the engine calls them from any thread.
 */
public interface Dialog {

  /** A stable id, stored in dialog state; never reuse one for another dialog. */
  String id();

  /**
   * The version of the steps; bump it when steps or slots change, so that the engine restarts
   * dialogs saved under the old steps instead of misreading them.
   */
  int version();

  /** The command names that start this dialog, without the slash, for example {@code contact}. */
  List<String> commands();

  /**
   * Whether its commands are listed in {@code /help} and the platforms' command menus; false for
   * dialogs that only the buttons under the bot's own messages start (a nudge's Done, say).
   */
  default boolean listed() {
    return true;
  }

  /** The step names this version knows; a saved step outside them makes the dialog stale. */
  List<String> steps();

  /** The names of a dialog's {@code Step} enum, which is how steps are persisted. */
  static <E extends Enum<E>> List<String> stepNames(Class<E> steps) {
    return java.util.Arrays.stream(steps.getEnumConstants()).map(Enum::name).toList();
  }

  /**
   * Starts the dialog.
   *
   * @param args the text after the command, possibly empty (for example a name to prefill)
   */
  Turn start(TurnContext ctx, String args);

  /** Handles the user's input while the dialog waits in {@code state.step()}. */
  Turn onInput(TurnContext ctx, DialogState state, Input input);
}
