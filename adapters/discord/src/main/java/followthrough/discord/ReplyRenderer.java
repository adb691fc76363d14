package followthrough.discord;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Outbound;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders the engine's messages for Discord: the text with Discord markdown escaped (user text such
 * as {@code *_[Anna]_*} shows as typed) and no mentions allowed, choices as buttons (five to a row,
 * five rows at most, labels cut to Discord's 80 characters), a picture as a file. Stateless.
 */
final class ReplyRenderer {

  static final int MAX_TEXT = 2000;
  static final int MAX_LABEL = 80;
  static final int MAX_PER_ROW = 5;
  static final int MAX_ROWS = 5;

  /** A new message; {@code answerLabel} adds a button that opens the answer form, when not null. */
  MessageCreateData create(
      Outbound message, @org.jspecify.annotations.Nullable String answerLabel) {
    MessageCreateBuilder builder =
        new MessageCreateBuilder()
            .setContent(text(message.text()))
            .setAllowedMentions(
                EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class))
            .setComponents(rows(message.rows(), answerLabel));
    Image image = message.image();
    if (image != null) {
      builder.setFiles(FileUpload.fromData(image.png(), image.fileName()));
    }
    return builder.build();
  }

  /** The message whose button was pressed, replaced by this one. */
  MessageEditData edit(Outbound message, @org.jspecify.annotations.Nullable String answerLabel) {
    MessageEditBuilder builder =
        new MessageEditBuilder()
            .setContent(text(message.text()))
            .setAllowedMentions(
                EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class))
            .setComponents(rows(message.rows(), answerLabel));
    Image image = message.image();
    if (image != null) {
      builder.setFiles(FileUpload.fromData(image.png(), image.fileName()));
    }
    return builder.build();
  }

  /** Plain text made safe for Discord markdown, cut to Discord's 2,000 characters. */
  static String text(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ("\\*_~`|>#-[]()<".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.length() == 0 ? "\u200b" : out.toString();
    return cut(escaped, MAX_TEXT);
  }

  private static String cut(String text, int max) {
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

  private static List<ActionRow> rows(
      List<List<Outbound.Button>> rows, @org.jspecify.annotations.Nullable String answerLabel) {
    List<ActionRow> out = new ArrayList<>();
    int index = 0;
    for (List<Outbound.Button> row : rows) {
      List<Button> buttons = new ArrayList<>();
      for (Outbound.Button button : row) {
        buttons.add(Button.secondary(ComponentIds.choice(index++, button.value()), label(button)));
        if (buttons.size() == MAX_PER_ROW) {
          out.add(ActionRow.of(buttons));
          buttons = new ArrayList<>();
        }
      }
      if (!buttons.isEmpty()) {
        out.add(ActionRow.of(buttons));
      }
    }
    int room = answerLabel == null ? MAX_ROWS : MAX_ROWS - 1;
    List<ActionRow> kept = new ArrayList<>(out.subList(0, Math.min(room, out.size())));
    if (answerLabel != null) {
      kept.add(ActionRow.of(Button.primary(ComponentIds.ANSWER, cut(answerLabel, MAX_LABEL))));
    }
    return kept;
  }

  private static String label(Outbound.Button button) {
    String label = button.label().isBlank() ? "…" : button.label();
    return cut(label, MAX_LABEL);
  }
}
