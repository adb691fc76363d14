package followthrough.discord;

import followthrough.core.conversation.Outbound;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import org.jspecify.annotations.Nullable;

/**
 * Lays the engine's choices out as Discord components: buttons, five to a row, as the engine
 * grouped them; when they do not fit Discord's five rows, select menus of up to 25 options instead,
 * so that no choice is lost. Every button id and option value carries the choice's position and
 * value ({@link ComponentIds}). The answer-form button, when asked for, takes the last row.
 * Stateless.
 */
final class ChoiceComponents {

  static final int MAX_LABEL = 80;
  static final int MAX_PER_ROW = 5;
  static final int MAX_ROWS = 5;
  static final int MAX_OPTIONS = 25;
  private static final String MENU = "menu";

  private ChoiceComponents() {}

  /** The component rows of a message. */
  static List<ActionRow> rows(List<List<Outbound.Button>> choices, @Nullable String answerLabel) {
    int room = answerLabel == null ? MAX_ROWS : MAX_ROWS - 1;
    List<ActionRow> rows = buttons(choices);
    if (rows.size() > room) {
      rows = menus(choices.stream().flatMap(List::stream).toList(), room);
    }
    List<ActionRow> out = new ArrayList<>(rows);
    if (answerLabel != null) {
      out.add(ActionRow.of(Button.primary(ComponentIds.ANSWER, cut(answerLabel, MAX_LABEL))));
    }
    return out;
  }

  private static List<ActionRow> buttons(List<List<Outbound.Button>> choices) {
    List<ActionRow> out = new ArrayList<>();
    int index = 0;
    for (List<Outbound.Button> row : choices) {
      List<Button> buttons = new ArrayList<>();
      for (Outbound.Button choice : row) {
        buttons.add(Button.secondary(ComponentIds.choice(index++, choice.value()), label(choice)));
        if (buttons.size() == MAX_PER_ROW) {
          out.add(ActionRow.of(buttons));
          buttons = new ArrayList<>();
        }
      }
      if (!buttons.isEmpty()) {
        out.add(ActionRow.of(buttons));
      }
    }
    return out;
  }

  private static List<ActionRow> menus(List<Outbound.Button> choices, int room) {
    List<ActionRow> out = new ArrayList<>();
    for (int start = 0; start < choices.size() && out.size() < room; start += MAX_OPTIONS) {
      StringSelectMenu.Builder menu = StringSelectMenu.create(MENU + out.size());
      int end = Math.min(choices.size(), start + MAX_OPTIONS);
      for (int i = start; i < end; i++) {
        menu.addOption(label(choices.get(i)), ComponentIds.choice(i, choices.get(i).value()));
      }
      out.add(ActionRow.of(menu.build()));
    }
    return out;
  }

  private static String label(Outbound.Button choice) {
    return cut(choice.label().isBlank() ? "…" : choice.label(), MAX_LABEL);
  }

  /** The text cut to {@code max} characters, never inside a surrogate pair or after a backslash. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    if (text.charAt(end - 1) == '\\') {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
