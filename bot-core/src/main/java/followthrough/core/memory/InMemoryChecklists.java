package followthrough.core.memory;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Checklists in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryChecklists implements Checklists {

  private final ConcurrentMap<String, Checklist> checklists = new ConcurrentHashMap<>();

  @Override
  public boolean add(Checklist checklist) {
    return checklists.putIfAbsent(checklist.id(), checklist) == null;
  }

  @Override
  public boolean update(Checklist checklist) {
    return checklists.computeIfPresent(
            checklist.id(), (id, old) -> old.owner().equals(checklist.owner()) ? checklist : old)
        == checklist;
  }

  @Override
  public Optional<Checklist> find(UserId owner, String id) {
    return Optional.ofNullable(checklists.get(id)).filter(c -> c.owner().equals(owner));
  }

  @Override
  public List<Checklist> forContact(UserId owner, String contactId) {
    return checklists.values().stream()
        .filter(c -> c.owner().equals(owner) && c.contactId().equals(contactId))
        .sorted(Comparator.comparing(Checklist::createdAt).thenComparing(Checklist::id).reversed())
        .toList();
  }

  @Override
  public List<Checklist> open(UserId owner) {
    return checklists.values().stream()
        .filter(c -> c.owner().equals(owner) && !c.complete())
        .sorted(Comparator.comparing(Checklist::lastProgressAt).thenComparing(Checklist::id))
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    checklists.values().removeIf(c -> c.owner().equals(owner) && c.contactId().equals(contactId));
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Checklist c : checklists.values()) {
      if (c.owner().equals(from)
          && checklists.replace(
              c.id(),
              c,
              new Checklist(
                  c.id(),
                  to,
                  c.contactId(),
                  c.templateId(),
                  c.title(),
                  c.builtIn(),
                  c.items(),
                  c.createdAt(),
                  c.lastProgressAt()))) {
        moved++;
      }
    }
    return moved;
  }
}
