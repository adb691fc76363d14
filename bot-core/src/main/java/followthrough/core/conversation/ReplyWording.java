package followthrough.core.conversation;

import followthrough.core.dialog.DialogRegistry;
import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Puts a turn's replies into words in the turn's language, and composes the help text. */
final class ReplyWording {

  private final Messages messages;
  private final DialogRegistry dialogs;

  ReplyWording(Messages messages, DialogRegistry dialogs) {
    this.messages = messages;
    this.dialogs = dialogs;
  }

  /** The replies as messages; the first one that asks to replace the prompt edits it. */
  List<Outbound> render(List<Reply> replies, Locale locale, @Nullable String messageRef) {
    List<Outbound> out = new ArrayList<>(replies.size());
    boolean edited = false;
    for (Reply reply : replies) {
      String text =
          reply.paragraphs().stream()
              .map(p -> messages.render(p, locale))
              .collect(Collectors.joining("\n\n"));
      List<List<Outbound.Button>> rows =
          reply.rows().stream()
              .map(row -> row.stream().map(c -> button(c, locale)).toList())
              .toList();
      String edit = null;
      if (reply.replacesPrompt() && messageRef != null && !edited) {
        edit = messageRef;
        edited = true;
      }
      out.add(new Outbound(text, rows, edit, reply.image()));
    }
    return out;
  }

  private Outbound.Button button(Choice choice, Locale locale) {
    return new Outbound.Button(messages.render(choice.label(), locale), choice.value());
  }

  /** The help text: a greeting for {@code /start}, every command with its description. */
  Reply help(String command, boolean inDialog) {
    List<Phrase> lines = new ArrayList<>();
    for (String name : dialogs.commands()) {
      if (name.equals("start")) {
        continue; // the greeting itself, not a command to look up
      }
      lines.add(
          Phrase.of(
              "engine.help.line",
              "command",
              name,
              "description",
              Phrase.of("command." + name + ".description")));
    }
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(command.equals("start") ? "engine.start.greeting" : "engine.help.intro"));
    paragraphs.add(Phrase.of("engine.help.commands", "list", lines));
    paragraphs.add(Phrase.of("engine.help.always"));
    if (inDialog) {
      paragraphs.add(Phrase.of("engine.help.inDialog"));
    }
    return new Reply(paragraphs, List.of(), false);
  }
}
