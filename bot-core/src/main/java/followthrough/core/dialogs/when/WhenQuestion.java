package followthrough.core.dialogs.when;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The shared "when?" question: quick choices (tomorrow, in 3 days, in a week, in 3 weeks, in 3
 * months) and free text read by {@link WhenParser}. A past, ambiguous or impossible answer is asked
 * back with the reason, never guessed. Button values are {@code when:<n><d|w|m>}.
 */
public final class WhenQuestion {

  private static final String WHEN = "when:";
  private static final Map<String, Period> QUICK =
      Map.of(
          "1d", Period.ofDays(1),
          "3d", Period.ofDays(3),
          "1w", Period.ofWeeks(1),
          "3w", Period.ofWeeks(3),
          "3m", Period.ofMonths(3));

  private WhenQuestion() {}

  /** The question with the given bundle key and arguments, and the quick choices. */
  public static Reply ask(String questionKey, Object... args) {
    return Reply.of(Phrase.of(questionKey, args), Phrase.of("when.hint"))
        .withRow(Choice.of("when.quick.1d", WHEN + "1d"), Choice.of("when.quick.3d", WHEN + "3d"))
        .withRow(Choice.of("when.quick.1w", WHEN + "1w"), Choice.of("when.quick.3w", WHEN + "3w"))
        .withRow(Choice.of("when.quick.3m", WHEN + "3m"));
  }

  /**
   * Reads the answer. A quick choice or a typed day without a time gives {@link Answer.DayOnly}; a
   * typed day and time gives {@link Answer.At}; anything else gives {@link Answer.Again} with the
   * reason and the question ({@code questionKey}, {@code args}) asked again.
   */
  public static Answer read(TurnContext ctx, Input input, String questionKey, Object... args) {
    ZonedDateTime now = ctx.now().atZone(ctx.zone());
    if (input instanceof Input.Button b && QUICK.containsKey(b.value().replace(WHEN, ""))) {
      return new Answer.DayOnly(now.toLocalDate().plus(QUICK.get(b.value().replace(WHEN, ""))));
    }
    if (!(input instanceof Input.Text text)) {
      return again("dialog.unexpected", questionKey, args);
    }
    When when = WhenParser.parse(text.text(), now);
    if (when instanceof When.Moment moment) {
      return new Answer.At(moment.at().toInstant());
    }
    if (when instanceof When.Day day) {
      return new Answer.DayOnly(day.date());
    }
    When.Reason reason = ((When.AskBack) when).reason();
    return again("when.askBack." + reason.name(), questionKey, args);
  }

  /**
   * A day at a default hour in the user's zone; today's date at an hour that has passed gives now,
   * so a follow-up for "today" is due at once rather than in the past.
   */
  public static Instant atHour(LocalDate day, int hour, ZoneId zone, Instant now) {
    Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    return at.isBefore(now) ? now : at;
  }

  private static Answer again(String reasonKey, String questionKey, Object[] args) {
    Reply question = ask(questionKey, args);
    List<Phrase> paragraphs = new java.util.ArrayList<>();
    paragraphs.add(Phrase.of(reasonKey));
    paragraphs.addAll(question.paragraphs());
    return new Answer.Again(new Reply(paragraphs, question.rows(), false));
  }

  /** The outcome of reading an answer. */
  public sealed interface Answer {
    /** A moment: a day with a time of day. */
    record At(Instant at) implements Answer {}

    /** A day without a time of day; the dialog picks the time or asks for it. */
    record DayOnly(LocalDate day) implements Answer {}

    /** Not taken: send this reply and wait in the same step. */
    record Again(Reply reply) implements Answer {}
  }
}
