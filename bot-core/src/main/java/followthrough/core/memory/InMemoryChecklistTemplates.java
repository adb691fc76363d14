package followthrough.core.memory;

import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Checklist templates in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryChecklistTemplates implements ChecklistTemplates {

  private final ConcurrentMap<String, ChecklistTemplate> templates = new ConcurrentHashMap<>();

  @Override
  public boolean add(ChecklistTemplate template) {
    return templates.putIfAbsent(template.id(), template) == null;
  }

  @Override
  public boolean update(ChecklistTemplate template) {
    return templates.computeIfPresent(
            template.id(),
            (id, old) -> Objects.equals(old.owner(), template.owner()) ? template : old)
        == template;
  }

  @Override
  public Optional<ChecklistTemplate> find(UserId owner, String id) {
    return Optional.ofNullable(templates.get(id)).filter(t -> owner.equals(t.owner()));
  }

  @Override
  public List<ChecklistTemplate> forOwner(UserId owner) {
    return templates.values().stream()
        .filter(t -> owner.equals(t.owner()))
        .sorted(Comparator.comparing(ChecklistTemplate::name).thenComparing(ChecklistTemplate::id))
        .toList();
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (ChecklistTemplate c : templates.values()) {
      if (from.equals(c.owner())
          && templates.replace(
              c.id(), c, new ChecklistTemplate(c.id(), to, c.name(), c.items(), c.visibility()))) {
        moved++;
      }
    }
    return moved;
  }
}
