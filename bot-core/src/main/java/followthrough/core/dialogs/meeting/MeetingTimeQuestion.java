package followthrough.core.dialogs.meeting;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.when.When;
import followthrough.core.dialogs.when.WhenParser;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.i18n.Phrase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "at what time?" question asked when a meeting's day is known but its time is not: buttons for
 * common times and free text read by {@link TimeOfDay}; a full date and time typed instead is taken
 * too, and a date alone moves the day. A time in the past or in a daylight-saving gap is asked
 * back. Button values are {@code time:HH:mm}. Stateless and thread-safe.
 */
public final class MeetingTimeQuestion {

  private static final String TIME = "time:";
  private static final List<List<LocalTime>> COMMON =
      List.of(
          List.of(LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(15, 0)),
          List.of(LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(19, 0)));

  private MeetingTimeQuestion() {}

  /** The question for {@code day}, with buttons for common times. */
  public static Reply ask(LocalDate day) {
    return withTimes(Reply.key("meeting.ask.time", "day", day));
  }

  /**
   * Reads the answer for {@code day}: {@link WhenQuestion.Answer.At} for a time (or a full date and
   * time), {@link WhenQuestion.Answer.DayOnly} when only another date was typed (ask again for that
   * day), {@link WhenQuestion.Answer.Again} with the reason and the question otherwise.
   */
  public static WhenQuestion.Answer read(TurnContext ctx, Input input, LocalDate day) {
    Optional<LocalTime> time = Optional.empty();
    if (input instanceof Input.Button b && b.value().startsWith(TIME)) {
      time = TimeOfDay.parse(b.value().substring(TIME.length()));
    } else if (input instanceof Input.Text t) {
      time = TimeOfDay.parse(t.text());
      if (time.isEmpty()) {
        return readDate(ctx, t.text(), day);
      }
    }
    if (time.isEmpty()) {
      return again("dialog.unexpected", day);
    }
    LocalDateTime local = day.atTime(time.get());
    if (ctx.zone().getRules().getValidOffsets(local).isEmpty()) {
      return again("when.askBack.NONEXISTENT", day);
    }
    ZonedDateTime at = local.atZone(ctx.zone());
    if (at.toInstant().isBefore(ctx.now())) {
      return again("when.askBack.PAST", day);
    }
    return new WhenQuestion.Answer.At(at.toInstant());
  }

  private static WhenQuestion.Answer readDate(TurnContext ctx, String text, LocalDate day) {
    When when = WhenParser.parse(text, ctx.now().atZone(ctx.zone()));
    if (when instanceof When.Moment moment) {
      return new WhenQuestion.Answer.At(moment.at().toInstant());
    }
    if (when instanceof When.Day other) {
      return new WhenQuestion.Answer.DayOnly(other.date());
    }
    When.Reason reason = ((When.AskBack) when).reason();
    return again(
        reason == When.Reason.UNREADABLE ? "meeting.time.unreadable" : "when.askBack." + reason,
        day);
  }

  private static WhenQuestion.Answer again(String reasonKey, LocalDate day) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(Phrase.of(reasonKey));
    paragraphs.addAll(ask(day).paragraphs());
    return new WhenQuestion.Answer.Again(withTimes(new Reply(paragraphs, List.of(), false)));
  }

  private static Reply withTimes(Reply reply) {
    Reply out = reply;
    for (List<LocalTime> row : COMMON) {
      out = out.withRow(row.stream().map(MeetingTimeQuestion::choice).toArray(Choice[]::new));
    }
    return out;
  }

  private static Choice choice(LocalTime time) {
    return new Choice(Phrase.of("meeting.time.button", "time", time), TIME + time);
  }
}
