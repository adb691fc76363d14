package followthrough.discord;

import java.util.Optional;

/**
 * The custom ids of the components the adapter renders (Discord allows 100 characters). A choice's
 * id is its position and its value ({@code c3:done:42}), since Discord wants ids unique within a
 * message and two buttons may carry the same value; choice values are at most 64 bytes.
 */
final class ComponentIds {

  /** The button that opens the answer form where typing is not possible (server channels). */
  static final String ANSWER = "answer";

  /** The answer form and its one text field. */
  static final String ANSWER_FORM = "answer-form";

  static final String ANSWER_FIELD = "text";

  private static final String CHOICE = "c";

  private ComponentIds() {}

  /** The id of the {@code index}-th choice of a message. */
  static String choice(int index, String value) {
    return CHOICE + index + ":" + value;
  }

  /** The choice value behind a component id, or empty for ids that are not choices. */
  static Optional<String> choiceValue(String componentId) {
    int colon = componentId.indexOf(':');
    if (!componentId.startsWith(CHOICE) || colon < 2) {
      return Optional.empty();
    }
    for (int i = 1; i < colon; i++) {
      if (!Character.isDigit(componentId.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(componentId.substring(colon + 1));
  }
}
