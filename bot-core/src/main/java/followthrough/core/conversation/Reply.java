package followthrough.core.conversation;

import followthrough.core.i18n.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message a dialog wants to send, before it is put into words: paragraphs as phrases, rows of
 * buttons, and whether it should replace the message whose button was pressed.
 */
public record Reply(
    List<Phrase> paragraphs,
    List<List<Choice>> rows,
    boolean replacesPrompt,
    @Nullable Image image) {

  public Reply {
    paragraphs = List.copyOf(paragraphs);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A message without a picture. */
  public Reply(List<Phrase> paragraphs, List<List<Choice>> rows, boolean replacesPrompt) {
    this(paragraphs, rows, replacesPrompt, null);
  }

  /** A message of one bundle key. */
  public static Reply key(String key, Object... namesAndValues) {
    return of(Phrase.of(key, namesAndValues));
  }

  /** A message of the given paragraphs. */
  public static Reply of(Phrase... paragraphs) {
    return new Reply(Arrays.asList(paragraphs), List.of(), false);
  }

  /** This message with one more row of buttons. */
  public Reply withRow(Choice... choices) {
    List<List<Choice>> more = new ArrayList<>(rows);
    more.add(List.of(choices));
    return new Reply(paragraphs, more, replacesPrompt, image);
  }

  /** This message with the given rows of buttons added. */
  public Reply withRows(List<List<Choice>> more) {
    List<List<Choice>> all = new ArrayList<>(rows);
    all.addAll(more);
    return new Reply(paragraphs, all, replacesPrompt, image);
  }

  /** This message, shown in place of the message whose button was pressed where possible. */
  public Reply replacingPrompt() {
    return new Reply(paragraphs, rows, true, image);
  }

  /** This message with a picture (a chart); adapters send it as a file with the text. */
  public Reply withImage(Image picture) {
    return new Reply(paragraphs, rows, replacesPrompt, picture);
  }
}
