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
}
