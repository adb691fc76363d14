package followthrough.discord;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Outbound;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;

/**
 * Renders the engine's messages for Discord: the text with Discord markdown escaped (user text such
 * as {@code *_[Anna]_*} shows as typed) and no mentions allowed, choices as buttons or select menus
 * ({@link ChoiceComponents}), a picture as a file. Stateless.
 */
final class ReplyRenderer {

  static final int MAX_TEXT = 2000;

  /** Plain characters per message: escaping at most doubles them, so a part stays in 2,000. */
  static final int MAX_PLAIN = MAX_TEXT / 2;

  /** The messages, each longer one split on line boundaries into parts Discord takes whole. */
  static List<Outbound> inParts(List<Outbound> messages) {
    return messages.stream().flatMap(m -> m.inParts(MAX_PLAIN).stream()).toList();
  }

  /** A new message; {@code answerLabel} adds a button that opens the answer form, when not null. */
  MessageCreateData create(Outbound message, @Nullable String answerLabel) {
    MessageCreateBuilder builder =
        new MessageCreateBuilder()
            .setContent(text(message.text()))
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .setComponents(ChoiceComponents.rows(message.rows(), answerLabel));
    Image image = message.image();
    if (image != null) {
      builder.setFiles(FileUpload.fromData(image.png(), image.fileName()));
    }
    return builder.build();
  }

  /** The message whose button was pressed, replaced by this one. */
  MessageEditData edit(Outbound message, @Nullable String answerLabel) {
    MessageEditBuilder builder =
        new MessageEditBuilder()
            .setContent(text(message.text()))
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .setComponents(ChoiceComponents.rows(message.rows(), answerLabel));
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
    return ChoiceComponents.cut(escaped, MAX_TEXT);
  }
}
