package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.checklist.ChecklistButtons;
import followthrough.core.dialogs.checklist.ChecklistPhrases;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Words the {@code CHECKLIST_STALLED} nudge: "Anna's checklist has not moved for 3 days; next:
 * first own appointments", with a button that ticks that item and one that opens the checklist.
 * Moot once the checklist is complete or has moved on since the nudge was planned; after one was
 * handled, the next is planned the same number of days later, until the checklist is complete.
 * Wired in as a {@link NudgeTexts.ForKinds}. Thread-safe.
 */
public final class ChecklistTexts implements NudgeComposer {

  private final Checklists checklists;
  private final NudgeTexts.ContactNames names;
  private final NudgePlanner planner;

  public ChecklistTexts(Checklists checklists, Contacts contacts, NudgePlanner planner) {
    this.checklists = checklists;
    this.names = new NudgeTexts.ContactNames(contacts);
    this.planner = planner;
  }

  @Override
  public Composition compose(Nudge nudge, UserProfile profile, Instant now) {
    Optional<Checklist> found = checklists.find(nudge.owner(), nudge.subjectId());
    if (found.isEmpty() || !NudgeIds.forChecklistAt(nudge, found.get().lastProgressAt())) {
      return Composition.moot(List.of());
    }
    Checklist checklist = found.get();
    OptionalInt next = checklist.nextOpen();
    if (next.isEmpty()) {
      return Composition.moot(List.of());
    }
    Phrase name = names.of(nudge.owner(), checklist.contactId());
    Phrase item = ChecklistPhrases.item(checklist, next.getAsInt());
    Reply message =
        Reply.of(
                stalled(checklist, name, profile.preferences().checklistStallDays()),
                Phrase.of("checklists.nudge.next", "item", item))
            .withRow(ChecklistButtons.tickNext(checklist, next.getAsInt()))
            .withRow(ChecklistButtons.open(checklist));
    List<Nudge> again = planner.nextStall(checklist, NudgeIds.date(nudge.id())).stream().toList();
    return Composition.of(
        message, Phrase.of("checklists.nudge.line", "name", name, "item", item), again);
  }

  private static Phrase stalled(Checklist checklist, Phrase name, int days) {
    return Phrase.of(
        "checklists.nudge.stalled",
        "name",
        name,
        "title",
        ChecklistPhrases.title(checklist),
        "progress",
        ChecklistPhrases.progress(checklist),
        "days",
        days);
  }
}
