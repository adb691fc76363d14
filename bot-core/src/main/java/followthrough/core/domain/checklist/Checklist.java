package followthrough.core.domain.checklist;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One contact's onboarding checklist, copied from a template when started (so editing the template
 * later does not change a checklist under way). {@code lastProgressAt} is when an item was last
 * ticked (or the checklist started): the stall nudge counts from it.
 *
 * @param builtIn whether title and item labels are bundle keys (copied from a built-in template)
 */
public record Checklist(
    String id,
    UserId owner,
    String contactId,
    String templateId,
    String title,
    boolean builtIn,
    List<Item> items,
    Instant createdAt,
    Instant lastProgressAt) {

  public Checklist {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastProgressAt, "lastProgressAt");
    items = List.copyOf(items);
  }

  /** One step, done at {@code doneAt} or still open (null). */
  public record Item(String label, @Nullable Instant doneAt) {
    public Item {
      Objects.requireNonNull(label, "label");
    }

    public boolean done() {
      return doneAt != null;
    }
  }

  /** A new checklist for a contact from a template, nothing ticked yet. */
  public static Checklist start(
      String id, UserId owner, String contactId, ChecklistTemplate template, Instant now) {
    List<Item> items = template.items().stream().map(label -> new Item(label, null)).toList();
    return new Checklist(
        id, owner, contactId, template.id(), template.name(), template.builtIn(), items, now, now);
  }

  public Progress progress() {
    return new Progress((int) items.stream().filter(Item::done).count(), items.size());
  }

  public boolean complete() {
    return progress().complete();
  }

  /** The index of the first open item, or empty when all are done. */
  public OptionalInt nextOpen() {
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).done()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The checklist with item {@code index} ticked (or unticked, when it was done); empty for an
   * index out of range. Ticking counts as progress; unticking a mistake does not.
   */
  public Optional<Checklist> toggled(int index, Instant now) {
    if (index < 0 || index >= items.size()) {
      return Optional.empty();
    }
    List<Item> changed = new ArrayList<>(items);
    Item item = items.get(index);
    boolean ticking = !item.done();
    changed.set(index, new Item(item.label(), ticking ? now : null));
    Instant progress = ticking ? now : lastProgressAt;
    return Optional.of(
        new Checklist(
            id, owner, contactId, templateId, title, builtIn, changed, createdAt, progress));
  }
}
