package followthrough.core.domain.checklist;

import followthrough.core.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A list of onboarding steps to walk a new contact through. A built-in template has no owner, and
 * its name and items are bundle keys, shown in the user's language; a user's own template has their
 * words verbatim.
 *
 * @param owner who wrote it, or null for a built-in template
 * @param visibility whether the owner shares it with their team (the teams feature lists them)
 */
public record ChecklistTemplate(
    String id, @Nullable UserId owner, String name, List<String> items, Visibility visibility) {

  /** The most items a template holds; a checklist stays a checklist, not a project plan. */
  public static final int MAX_ITEMS = 20;

  /** Longest name or item, in characters. */
  public static final int MAX_TEXT = 120;

  public ChecklistTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(visibility, "visibility");
    items = List.copyOf(items);
  }

  /** Who sees a template; persisted by name. */
  public enum Visibility {
    /** Only its owner (and every user, for a built-in one). */
    OWNER,
    /** Its owner and the members of the owner's team. */
    TEAM
  }

  /** A new, empty template of the user's own. */
  public static ChecklistTemplate own(String id, UserId owner, String name) {
    return new ChecklistTemplate(id, owner, name, List.of(), Visibility.OWNER);
  }

  /** Whether name and items are bundle keys. */
  public boolean builtIn() {
    return owner == null;
  }

  public ChecklistTemplate withItem(String item) {
    List<String> more = new java.util.ArrayList<>(items);
    more.add(item);
    return new ChecklistTemplate(id, owner, name, more, visibility);
  }

  public ChecklistTemplate withVisibility(Visibility value) {
    return new ChecklistTemplate(id, owner, name, items, value);
  }
}
