package followthrough.core.dialogs.checklist;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.i18n.Phrase;

/**
 * The words of checklists and templates: a built-in one's title and items are bundle keys, a user's
 * own are shown as written. Stateless.
 */
public final class ChecklistPhrases {

  private ChecklistPhrases() {}

  /** The checklist's title. */
  public static Phrase title(Checklist checklist) {
    return text(checklist.title(), checklist.builtIn());
  }

  /** Item {@code index} of the checklist. */
  public static Phrase item(Checklist checklist, int index) {
    return text(checklist.items().get(index).label(), checklist.builtIn());
  }

  /** The template's name. */
  public static Phrase name(ChecklistTemplate template) {
    return text(template.name(), template.builtIn());
  }

  /** "3 of 5". */
  public static Phrase progress(Checklist checklist) {
    return Phrase.of(
        "checklists.progress",
        "done",
        checklist.progress().done(),
        "total",
        checklist.progress().total());
  }

  static Phrase text(String text, boolean key) {
    return key ? Phrase.of(text) : Phrase.verbatim(text);
  }
}
