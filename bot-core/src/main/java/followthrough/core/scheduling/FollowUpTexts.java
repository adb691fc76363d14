package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.FollowUps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A follow-up's nudges: "time to call Anna" when it is due, and "still open" each morning while it
 * is overdue. Moot once the follow-up is done, dropped or gone, or moved to another time than the
 * nudge was planned for (the move planned nudges of its own).
 */
final class FollowUpTexts {

  private final FollowUps followUps;
  private final NudgeTexts.ContactNames names;
  private final NudgePlanner planner;

  FollowUpTexts(FollowUps followUps, NudgeTexts.ContactNames names, NudgePlanner planner) {
    this.followUps = followUps;
    this.names = names;
    this.planner = planner;
  }

  Composition compose(Nudge nudge, ZoneId zone, Instant now) {
    Optional<FollowUp> found = followUps.find(nudge.owner(), nudge.subjectId());
    if (found.isEmpty() || !found.get().isOpen()) {
      return Composition.moot(List.of());
    }
    FollowUp followUp = found.get();
    boolean overdue = nudge.kind() == Nudge.Kind.FOLLOW_UP_OVERDUE;
    if (!NudgeIds.forFollowUpDueAt(nudge, followUp.dueAt())
        || (overdue && !followUp.dueAt().isBefore(now))) {
      return Composition.moot(List.of());
    }
    Phrase name = names.of(nudge.owner(), followUp.contactId());
    LocalDateTime when = LocalDateTime.ofInstant(followUp.dueAt(), zone);
    List<Nudge> next =
        overdue
            ? planner.nextOverdue(followUp, NudgeIds.date(nudge.id())).stream().toList()
            : List.of();
    return Composition.of(
        message(followUp, name, when, overdue),
        Phrase.of("nudge.line.followUp", "name", name, "when", when),
        next);
  }

  private static Reply message(
      FollowUp followUp, Phrase name, LocalDateTime when, boolean overdue) {
    String channel = followUp.channel() == null ? "NONE" : followUp.channel().name();
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(Phrase.of("nudge.followUp.due." + channel, "name", name));
    if (overdue) {
      paragraphs.add(Phrase.of("nudge.followUp.stillOpen", "when", when));
    }
    paragraphs.add(Phrase.of("nudge.followUp.why." + followUp.kind().name()));
    if (followUp.note() != null) {
      paragraphs.add(Phrase.of("nudge.note", "note", followUp.note()));
    }
    return new Reply(paragraphs, NudgeButtons.forFollowUp(followUp), false);
  }
}
