package followthrough.core.memory;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Meetings in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryMeetings implements Meetings {

  private static final Comparator<Meeting> EARLIEST_FIRST =
      Comparator.comparing(Meeting::at).thenComparing(Meeting::id);

  private final ConcurrentMap<String, Meeting> meetings = new ConcurrentHashMap<>();

  @Override
  public boolean add(Meeting meeting) {
    return meetings.putIfAbsent(meeting.id(), meeting) == null;
  }

  @Override
  public boolean update(Meeting meeting) {
    return meetings.computeIfPresent(
            meeting.id(), (id, old) -> old.owner().equals(meeting.owner()) ? meeting : old)
        == meeting;
  }

  @Override
  public Optional<Meeting> find(UserId owner, String id) {
    return Optional.ofNullable(meetings.get(id)).filter(m -> m.owner().equals(owner));
  }

  @Override
  public List<Meeting> forContact(UserId owner, String contactId) {
    return meetings.values().stream()
        .filter(m -> m.owner().equals(owner) && m.contactId().equals(contactId))
        .sorted(EARLIEST_FIRST.reversed())
        .toList();
  }

  @Override
  public List<Meeting> between(UserId owner, Instant from, Instant until) {
    return meetings.values().stream()
        .filter(m -> m.owner().equals(owner))
        .filter(m -> !m.at().isBefore(from) && m.at().isBefore(until))
        .sorted(EARLIEST_FIRST)
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    meetings.values().removeIf(m -> m.owner().equals(owner) && m.contactId().equals(contactId));
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Meeting c : meetings.values()) {
      if (c.owner().equals(from)
          && meetings.replace(
              c.id(),
              c,
              new Meeting(
                  c.id(), to, c.contactId(), c.at(), c.place(), c.status(), c.createdAt()))) {
        moved++;
      }
    }
    return moved;
  }
}
