package followthrough.core.dialogs.event;

import followthrough.core.conversation.Choice;
import java.util.List;
import java.util.Optional;

/**
 * The buttons of the event dialogue and of event reminders: each runs {@code /event <action> <event
 * id> [<position>]}, at most 45 bytes with a 32-character id, so it fits Telegram's 64. A position
 * is a registration's place in the event's list, which never shifts (cancelled registrations stay
 * in it). Stateless.
 */
public final class EventButtons {

  /** The command the buttons run. */
  public static final String COMMAND = "event";

  private EventButtons() {}

  /** What a button asks for. */
  enum Action {
    NEW("new"),
    OPEN("o"),
    REGISTER("r"),
    PREPAID_LIST("p"),
    PREPAID("pp"),
    CONFIRM_LIST("c"),
    CONFIRM("cc"),
    CANCEL_LIST("x"),
    CANCEL("xx"),
    ATTENDANCE("a"),
    CAME("aa"),
    EVERYONE("ae"),
    NOBODY("an"),
    SAVE_ATTENDANCE("as"),
    EXPLAIN("f");

    final String code;

    Action(String code) {
      this.code = code;
    }
  }

  /** The parsed arguments of a button: an action, an event id and maybe a position. */
  record Call(Action action, String eventId, int index) {

    /** Reads {@code <action> [<id> [<position>]]}; empty when it is not what a button sends. */
    static Optional<Call> parse(String args) {
      String[] parts = args.strip().split("\\s+");
      Optional<Action> action =
          List.of(Action.values()).stream().filter(a -> a.code.equals(parts[0])).findFirst();
      if (action.isEmpty() || parts.length > 3) {
        return Optional.empty();
      }
      String id = parts.length > 1 ? parts[1] : "";
      try {
        int index = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
        return Optional.of(new Call(action.get(), id, index));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** Opens the event's card. */
  public static Choice open(String eventId) {
    return Choice.of("events.button.open", value(Action.OPEN, eventId));
  }

  /** Opens the list of registrants to tick who confirmed. */
  public static Choice confirm(String eventId) {
    return Choice.of("events.button.confirm", value(Action.CONFIRM_LIST, eventId));
  }

  static String value(Action action, String eventId) {
    return "/" + COMMAND + " " + action.code + (eventId.isEmpty() ? "" : " " + eventId);
  }

  static String value(Action action, String eventId, int index) {
    return value(action, eventId) + " " + index;
  }
}
