package followthrough.core.dialogs.nudge;

import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.FollowUps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The buttons of a follow-up's nudge: Done, Not reached (carried over to tomorrow at the same local
 * time), In 1 hour, Tomorrow (same local time), Reschedule (asks when). Each writes the follow-up
 * once through {@link FollowUps}, whose planning decorator moves or cancels its nudges.
 */
final class FollowUpActions {

  static final String ASK_WHEN = "nudge.ask.when";

  private final FollowUps followUps;
  private final Names names;

  FollowUpActions(FollowUps followUps, Names names) {
    this.followUps = followUps;
    this.names = names;
  }

  /** Handles a pressed button. */
  Turn start(TurnContext ctx, NudgeCall call) {
    Optional<FollowUp> found = followUps.find(ctx.user(), call.subjectId());
    if (found.isEmpty()) {
      return end(Reply.key("nudge.gone"));
    }
    FollowUp followUp = found.get();
    Phrase name = names.of(ctx.user(), followUp.contactId());
    if (!followUp.isOpen()) {
      return end(Reply.key("nudge.followUp.closed", "name", name));
    }
    if (!call.version().equals(NudgeButtons.version(followUp.dueAt()))) {
      return end(stale(ctx, followUp, name));
    }
    return act(ctx, call.action(), followUp, name);
  }

  private Turn act(TurnContext ctx, NudgeAction action, FollowUp followUp, Phrase name) {
    switch (action) {
      case DONE -> {
        followUps.update(followUp.done());
        return end(Reply.key("nudge.followUp.done", "name", name));
      }
      case MISS -> {
        FollowUp carried = followUp.notReached(ctx.now(), ctx.zone());
        followUps.update(carried);
        return end(moved("nudge.followUp.carried", ctx, carried, name));
      }
      case HOUR -> {
        return snooze(ctx, followUp.snoozed(ctx.now(), Duration.ofHours(1)), name);
      }
      case TOMORROW -> {
        LocalDate tomorrow = ctx.now().atZone(ctx.zone()).toLocalDate().plusDays(1);
        return snooze(ctx, followUp.rescheduled(sameTime(ctx, followUp, tomorrow)), name);
      }
      case MOVE -> {
        return askWhen(new NudgeDraft(NudgeAction.MOVE, followUp.id(), null), name);
      }
      default -> {
        return end(Reply.key("nudge.usage"));
      }
    }
  }

  /** Asks when, in place of the nudge. */
  static Turn askWhen(NudgeDraft draft, Phrase name) {
    return Turn.ask(
        NudgeActionsDialog.Step.WHEN,
        draft.toSlots(),
        WhenQuestion.ask(ASK_WHEN, "name", name).replacingPrompt());
  }

  /** Moves the follow-up to the answer of the reschedule question. */
  Turn moveTo(TurnContext ctx, NudgeDraft draft, WhenQuestion.Answer answer) {
    Optional<FollowUp> found = followUps.find(ctx.user(), draft.subjectId());
    if (found.isEmpty() || !found.get().isOpen()) {
      return end(Reply.key("nudge.gone"));
    }
    FollowUp followUp = found.get();
    Instant at =
        answer instanceof WhenQuestion.Answer.At exact
            ? exact.at()
            : sameTime(ctx, followUp, ((WhenQuestion.Answer.DayOnly) answer).day());
    FollowUp moved = followUp.rescheduled(at);
    followUps.update(moved);
    return end(
        moved("nudge.followUp.moved", ctx, moved, names.of(ctx.user(), followUp.contactId())));
  }

  /** The question's name argument when asked again. */
  Phrase name(TurnContext ctx, NudgeDraft draft) {
    return followUps
        .find(ctx.user(), draft.subjectId())
        .map(f -> names.of(ctx.user(), f.contactId()))
        .orElseGet(() -> Phrase.of("nudge.someone"));
  }

  private Turn snooze(TurnContext ctx, FollowUp snoozed, Phrase name) {
    followUps.update(snoozed);
    return end(moved("nudge.followUp.snoozed", ctx, snoozed, name));
  }

  /** A day at the follow-up's local time of day; now, when that has passed already. */
  private static Instant sameTime(TurnContext ctx, FollowUp followUp, LocalDate day) {
    LocalTime time = followUp.dueAt().atZone(ctx.zone()).toLocalTime();
    Instant at = day.atTime(time).atZone(ctx.zone()).toInstant();
    return at.isBefore(ctx.now()) ? ctx.now() : at;
  }

  private static Reply moved(String key, TurnContext ctx, FollowUp followUp, Phrase name) {
    return Reply.key(key, "name", name, "when", Names.local(followUp.dueAt(), ctx.zone()));
  }

  private static Reply stale(TurnContext ctx, FollowUp followUp, Phrase name) {
    return Reply.of(
            Phrase.of("nudge.stale"),
            Phrase.of(
                "nudge.line.followUp",
                "name",
                name,
                "when",
                Names.local(followUp.dueAt(), ctx.zone())))
        .withRows(NudgeButtons.forFollowUp(followUp));
  }

  private static Turn end(Reply reply) {
    return Turn.end(reply.replacingPrompt());
  }
}
