package followthrough.core.dialogs.touch;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.ContactText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Reads the answers of {@link LogTouchDialog}: pressed buttons and typed words. */
final class TouchAnswers {

  private TouchAnswers() {}

  /** The constant a button {@code <prefix><NAME>} names, or empty (also for a forged value). */
  static <E extends Enum<E>> Optional<E> named(Class<E> type, String prefix, String value) {
    if (!value.startsWith(prefix)) {
      return Optional.empty();
    }
    String name = value.substring(prefix.length());
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  /** Typed words that fit a note, trimmed; empty for a button, blank text or too long a text. */
  static Optional<String> words(Input input) {
    if (input instanceof Input.Text t && ContactText.checkNote(t.text()).isEmpty()) {
      return Optional.of(t.text().strip());
    }
    return Optional.empty();
  }

  /** Why typed words were not taken: too long, or not understood. */
  static Reply why(Input input) {
    boolean tooLong =
        input instanceof Input.Text t
            && ContactText.checkNote(t.text()).equals(Optional.of(ContactText.Problem.TOO_LONG));
    return tooLong
        ? Reply.key("touch.tooLong", "max", ContactText.MAX_NOTE)
        : Reply.key("dialog.unexpected");
  }

  /** When an answered "when?" is due: its moment, or its day at the user's agenda hour. */
  static Instant due(TurnContext ctx, WhenQuestion.Answer answer) {
    if (answer instanceof WhenQuestion.Answer.At moment) {
      return moment.at();
    }
    LocalDate day = ((WhenQuestion.Answer.DayOnly) answer).day();
    int hour = ctx.profile().preferences().agendaHour();
    return WhenQuestion.atHour(day, hour, ctx.zone(), ctx.now());
  }
}
