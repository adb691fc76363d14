package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.i18n.Phrase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a nudge says, or that it is moot, and the nudges that follow it (planned once it was sent or
 * found moot, never after the chat turned out unreachable).
 *
 * @param message the message with its buttons, or null when there is nothing to send
 * @param line the nudge in one line, for a message that groups several late nudges; null when moot
 * @param next nudges to plan after this one was handled
 */
public record Composition(@Nullable Reply message, @Nullable Phrase line, List<Nudge> next) {

  public Composition {
    next = List.copyOf(next);
    if ((message == null) != (line == null)) {
      throw new IllegalArgumentException("a message comes with its line");
    }
  }

  /** Nothing to send; plan {@code next}. */
  public static Composition moot(List<Nudge> next) {
    return new Composition(null, null, next);
  }

  /** Send {@code message}; plan {@code next} once it went out. */
  public static Composition of(Reply message, Phrase line, List<Nudge> next) {
    return new Composition(message, line, next);
  }

  /** Whether there is nothing to send. */
  public boolean isMoot() {
    return message == null;
  }
}
