package followthrough.core.memory;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Events;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Events in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryEvents implements Events {

  private static final Comparator<GroupEvent> EARLIEST_FIRST =
      Comparator.comparing(GroupEvent::at).thenComparing(GroupEvent::id);

  private final ConcurrentMap<String, GroupEvent> events = new ConcurrentHashMap<>();

  @Override
  public boolean add(GroupEvent event) {
    return events.putIfAbsent(event.id(), event) == null;
  }

  @Override
  public boolean update(GroupEvent event) {
    return events.computeIfPresent(
            event.id(), (id, old) -> old.owner().equals(event.owner()) ? event : old)
        == event;
  }

  @Override
  public Optional<GroupEvent> find(UserId owner, String id) {
    return Optional.ofNullable(events.get(id)).filter(e -> e.owner().equals(owner));
  }

  @Override
  public List<GroupEvent> from(UserId owner, Instant from, int limit) {
    return events.values().stream()
        .filter(e -> e.owner().equals(owner) && !e.at().isBefore(from))
        .sorted(EARLIEST_FIRST)
        .limit(limit)
        .toList();
  }

  @Override
  public List<GroupEvent> before(UserId owner, Instant until, int limit) {
    return events.values().stream()
        .filter(e -> e.owner().equals(owner) && e.at().isBefore(until))
        .sorted(EARLIEST_FIRST.reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<GroupEvent> withContact(UserId owner, String contactId) {
    return events.values().stream()
        .filter(e -> e.owner().equals(owner) && e.indexOf(contactId) >= 0)
        .sorted(EARLIEST_FIRST.reversed())
        .toList();
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (GroupEvent c : events.values()) {
      if (c.owner().equals(from)
          && events.replace(
              c.id(),
              c,
              new GroupEvent(
                  c.id(),
                  to,
                  c.title(),
                  c.at(),
                  c.place(),
                  c.capacity(),
                  c.fee(),
                  c.status(),
                  c.registrations(),
                  c.createdAt()))) {
        moved++;
      }
    }
    return moved;
  }
}
