package followthrough.core.conversation;

import java.util.Objects;

/** What the user did in one turn: wrote text, sent a command, or pressed a button. */
public sealed interface Input {

  /** Free text; already cleaned of control characters and cut to length by the engine. */
  record Text(String text) implements Input {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A command such as {@code /contact Anna}: {@code name} is lower case without the slash or a bot
   * suffix, {@code args} the rest of the line, possibly empty.
   */
  record Command(String name, String args) implements Input {
    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(args, "args");
    }
  }

  /** A button press, carrying the value of the {@link followthrough.core.conversation.Choice}. */
  record Button(String value) implements Input {
    public Button {
      Objects.requireNonNull(value, "value");
    }
  }
}
