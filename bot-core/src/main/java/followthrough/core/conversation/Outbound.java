package followthrough.core.conversation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message in words, ready for an adapter to render: the text, rows of buttons, the platform id of
 * an earlier bot message to edit instead of sending a new one (null for a new message), and an
 * optional picture. Text is plain: adapters escape it for their markup.
 */
public record Outbound(
    String text, List<List<Button>> rows, @Nullable String editMessageRef, @Nullable Image image) {

  public Outbound {
    Objects.requireNonNull(text, "text");
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A message without a picture. */
  public Outbound(String text, List<List<Button>> rows, @Nullable String editMessageRef) {
    this(text, rows, editMessageRef, null);
  }

  /** A plain new message without buttons. */
  public static Outbound text(String text) {
    return new Outbound(text, List.of(), null);
  }

  /** A button in words: the label shown and the value sent back when pressed. */
  public record Button(String label, String value) {}

  /**
   * This message as messages of at most {@code max} characters each (see {@link TextParts}): the
   * first edits what this one would edit, the last carries the buttons and the picture.
   */
  public List<Outbound> inParts(int max) {
    List<String> parts = TextParts.split(text, max);
    if (parts.size() <= 1) {
      return List.of(this);
    }
    List<Outbound> messages = new java.util.ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      messages.add(
          new Outbound(
              parts.get(i),
              last ? rows : List.of(),
              i == 0 ? editMessageRef : null,
              last ? image : null));
    }
    return messages;
  }
}
