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
}
