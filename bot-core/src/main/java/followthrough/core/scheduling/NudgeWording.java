package followthrough.core.scheduling;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Reply;
import followthrough.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Puts a message the bot starts by itself (a nudge, a team digest) into words in the reader's
 * language, as a new message (never an edit).
 */
public final class NudgeWording {

  private final Messages messages;

  public NudgeWording(Messages messages) {
    this.messages = messages;
  }

  /** The reply in words of {@code locale}, as a new message with its picture, if any. */
  public Outbound render(Reply reply, Locale locale) {
    String text =
        reply.paragraphs().stream()
            .map(p -> messages.render(p, locale))
            .collect(Collectors.joining("\n\n"));
    List<List<Outbound.Button>> rows =
        reply.rows().stream()
            .map(row -> row.stream().map(c -> button(c, locale)).toList())
            .toList();
    return new Outbound(text, rows, null, reply.image());
  }

  private Outbound.Button button(Choice choice, Locale locale) {
    return new Outbound.Button(messages.render(choice.label(), locale), choice.value());
  }
}
