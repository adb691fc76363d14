package followthrough.core.memory;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Touches;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Touches in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryTouches implements Touches {

  private final ConcurrentMap<String, Touch> touches = new ConcurrentHashMap<>();

  @Override
  public boolean add(Touch touch) {
    return touches.putIfAbsent(touch.id(), touch) == null;
  }

  @Override
  public List<Touch> forContact(UserId owner, String contactId) {
    return touches.values().stream()
        .filter(t -> t.owner().equals(owner) && t.contactId().equals(contactId))
        .sorted(Comparator.comparing(Touch::at).thenComparing(Touch::id).reversed())
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    touches.values().removeIf(t -> t.owner().equals(owner) && t.contactId().equals(contactId));
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Touch c : touches.values()) {
      if (c.owner().equals(from)
          && touches.replace(
              c.id(),
              c,
              new Touch(
                  c.id(),
                  to,
                  c.contactId(),
                  c.at(),
                  c.channel(),
                  c.reached(),
                  c.satisfied(),
                  c.reason(),
                  c.reasonNote(),
                  c.reorder(),
                  c.note()))) {
        moved++;
      }
    }
    return moved;
  }
}
