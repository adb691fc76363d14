package followthrough.core.dialogs.logcontact;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.followup.Cadence;
import followthrough.core.domain.followup.FirstFollowUp;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * "When will you first follow up?": the suggestion that fits the rung ({@link FirstFollowUp}), the
 * shared quick choices and free text for one date of the user's own, or no follow-up. A day without
 * a time of day is due at the user's agenda hour.
 */
final class FollowUpQuestion {

  static final String PLAN = "fu:plan";
  static final String NONE = "fu:none";
  private static final String ASK = "logcontact.followup.ask";

  private FollowUpQuestion() {}

  /** The question with its buttons. */
  static Reply ask(TurnContext ctx, LogContactDraft draft) {
    return withChoices(WhenQuestion.ask(ASK, args(ctx, draft)), ctx, draft);
  }

  /** Reads the answer: a draft with the plan, or the question asked again. */
  static Answer read(TurnContext ctx, LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(PLAN)) {
      FirstFollowUp suggestion = suggestion(ctx, draft);
      List<Instant> at = new ArrayList<>();
      for (LocalDate day : suggestion.datesAfter(ctx.now().atZone(ctx.zone()).toLocalDate())) {
        at.add(atAgendaHour(ctx, day));
      }
      return new Answer.Answered(draft.withFollowUps(suggestion.kind(), at));
    }
    if (input instanceof Input.Button b && b.value().equals(NONE)) {
      return new Answer.Answered(draft.withFollowUps(null, List.of()));
    }
    WhenQuestion.Answer when = WhenQuestion.read(ctx, input, ASK, args(ctx, draft));
    if (when instanceof WhenQuestion.Answer.At at) {
      return new Answer.Answered(draft.withFollowUps(FollowUp.Kind.CHECK_IN, List.of(at.at())));
    }
    if (when instanceof WhenQuestion.Answer.DayOnly day) {
      Instant at = atAgendaHour(ctx, day.day());
      return new Answer.Answered(draft.withFollowUps(FollowUp.Kind.CHECK_IN, List.of(at)));
    }
    return new Answer.Again(withChoices(((WhenQuestion.Answer.Again) when).reply(), ctx, draft));
  }

  /** The plan, as the confirmation shows it. */
  static Phrase summary(TurnContext ctx, LogContactDraft draft) {
    if (draft.followAt().isEmpty()) {
      return Phrase.of("logcontact.followup.summary.none");
    }
    return Phrase.of("logcontact.followup.summary.plan", "dates", local(ctx, draft.followAt()));
  }

  /** What the saved message adds: when the first follow-up is due. */
  static List<Phrase> saved(TurnContext ctx, LogContactDraft draft) {
    if (draft.followAt().isEmpty()) {
      return List.of();
    }
    return List.of(
        Phrase.of("logcontact.followup.saved", "at", local(ctx, draft.followAt()).get(0)));
  }

  private static FirstFollowUp suggestion(TurnContext ctx, LogContactDraft draft) {
    Cadence cadence = Cadence.parse(ctx.profile().preferences().cadence()).orElse(Cadence.DEFAULT);
    return FirstFollowUp.suggest(draft.rungOrProspect(), cadence);
  }

  private static Object[] args(TurnContext ctx, LogContactDraft draft) {
    Phrase periods = PeriodWords.list(suggestion(ctx, draft).after());
    return new Object[] {
      "name", draft.name(), "suggestion", Phrase.of("logcontact.followup.in", "periods", periods)
    };
  }

  private static Reply withChoices(Reply when, TurnContext ctx, LogContactDraft draft) {
    Phrase periods = PeriodWords.list(suggestion(ctx, draft).after());
    List<List<Choice>> rows = new ArrayList<>();
    rows.add(
        List.of(
            new Choice(Phrase.of("logcontact.followup.button.plan", "periods", periods), PLAN)));
    rows.addAll(when.rows());
    rows.add(List.of(Choice.of("logcontact.followup.button.none", NONE)));
    return new Reply(when.paragraphs(), rows, false);
  }

  private static Instant atAgendaHour(TurnContext ctx, LocalDate day) {
    int hour = ctx.profile().preferences().agendaHour();
    return WhenQuestion.atHour(day, hour, ctx.zone(), ctx.now());
  }

  private static List<LocalDateTime> local(TurnContext ctx, List<Instant> at) {
    return at.stream().map(i -> LocalDateTime.ofInstant(i, ctx.zone())).toList();
  }

  /** The outcome of reading an answer. */
  sealed interface Answer {
    /** Answered: the draft with the plan (possibly none). */
    record Answered(LogContactDraft draft) implements Answer {}

    /** Not taken: send this reply and stay. */
    record Again(Reply reply) implements Answer {}
  }
}
