package followthrough.console;

import followthrough.core.conversation.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the bot's messages into plain terminal text and remembers the buttons shown since the last
 * {@link #forgetButtons()} (the chat calls it before each answer of the bot), so that an answer can
 * press one. A message prints as its text followed by one line per row of buttons, as numbered
 * choices ({@code [1] Save [2] Start over}), the numbering running on across the rows and the
 * messages of one answer, so that with several messages (a day's agenda) every button has its own
 * number. A message that edits an earlier one cannot change what the terminal already shows, so it
 * prints as a new message marked {@code (updated)}.
 *
 * <p>Every rendered message gets a console message id ({@code m1}, {@code m2}, ...; an edit keeps
 * the id of the message it edits), which goes back to the engine with a button press, as a
 * platform's message id would. Share one renderer between {@link ConsoleChat} and {@link
 * ConsoleChatGateway} so that the buttons of a nudge can be pressed too. Thread-safe.
 */
public final class ConsoleRenderer {

  private static final String UPDATED = "(updated) ";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  private long lastId;
  private final List<Shown> shown = new ArrayList<>();

  /** The message as terminal text, without a trailing line break. */
  public synchronized String render(Outbound message) {
    String ref = message.editMessageRef() != null ? message.editMessageRef() : "m" + ++lastId;
    StringBuilder out = new StringBuilder();
    if (message.editMessageRef() != null) {
      out.append(UPDATED);
    }
    out.append(message.text());
    for (List<Outbound.Button> row : message.rows()) {
      appendRow(out, row, ref);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<Outbound.Button> row, String ref) {
    String gap = "\n  ";
    for (Outbound.Button button : row) {
      shown.add(new Shown(button, ref));
      out.append(gap).append('[').append(shown.size()).append("] ").append(button.label());
      gap = "   ";
    }
  }

  /**
   * The button an answer presses: the n-th button of the last message with buttons for a number n,
   * or the button whose label equals the answer (ignoring case and surrounding blanks); empty when
   * it presses none, so the answer goes to the bot as text.
   */
  synchronized Optional<Press> press(String answer) {
    String t = answer.strip();
    if (NUMBER.matcher(t).matches()) {
      int n = Integer.parseInt(t);
      return n >= 1 && n <= shown.size() ? Optional.of(shown.get(n - 1).press()) : Optional.empty();
    }
    return shown.stream()
        .filter(s -> s.button().label().strip().equalsIgnoreCase(t))
        .findFirst()
        .map(Shown::press);
  }

  /** Forgets the remembered buttons: a new answer of the bot, or another user's chat. */
  synchronized void forgetButtons() {
    shown.clear();
  }

  /** A button as shown, with the console id of the message that showed it. */
  private record Shown(Outbound.Button button, String messageRef) {
    Press press() {
      return new Press(button.value(), messageRef);
    }
  }

  /** A button press: the button's value and the console id of the message that showed it. */
  record Press(String value, String messageRef) {}
}
