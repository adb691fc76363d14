package followthrough.core.dialog;

import followthrough.core.conversation.Reply;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a dialog decided in one turn: the replies, and either the step to wait in next (with the
 * draft as slots) or the end of the dialog.
 *
 * @param step the step to wait in, or null when the dialog has ended
 */
public record Turn(@Nullable String step, Map<String, String> slots, List<Reply> replies) {

  public Turn {
    slots = Map.copyOf(slots);
    replies = List.copyOf(replies);
  }

  /** Wait in {@code step} with these slots after sending the replies. */
  public static Turn ask(Enum<?> step, Map<String, String> slots, Reply... replies) {
    return new Turn(Objects.requireNonNull(step).name(), slots, Arrays.asList(replies));
  }

  /** Send the replies and end the dialog. */
  public static Turn end(Reply... replies) {
    return new Turn(null, Map.of(), Arrays.asList(replies));
  }

  /** Whether the dialog ended with this turn. */
  public boolean ended() {
    return step == null;
  }
}
