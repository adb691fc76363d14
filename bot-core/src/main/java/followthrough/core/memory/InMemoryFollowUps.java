package followthrough.core.memory;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Follow-ups in a map by id; records are immutable, so reads share them safely. */
public final class InMemoryFollowUps implements FollowUps {

  private static final Comparator<FollowUp> EARLIEST_FIRST =
      Comparator.comparing(FollowUp::dueAt).thenComparing(FollowUp::id);

  private final ConcurrentMap<String, FollowUp> followUps = new ConcurrentHashMap<>();

  @Override
  public boolean add(FollowUp followUp) {
    return followUps.putIfAbsent(followUp.id(), followUp) == null;
  }

  @Override
  public boolean update(FollowUp followUp) {
    return followUps.computeIfPresent(
            followUp.id(), (id, old) -> old.owner().equals(followUp.owner()) ? followUp : old)
        == followUp;
  }

  @Override
  public Optional<FollowUp> find(UserId owner, String id) {
    return Optional.ofNullable(followUps.get(id)).filter(f -> f.owner().equals(owner));
  }

  @Override
  public List<FollowUp> openDueBefore(UserId owner, Instant until) {
    return followUps.values().stream()
        .filter(f -> f.owner().equals(owner) && f.isOpen() && f.dueAt().isBefore(until))
        .sorted(EARLIEST_FIRST)
        .toList();
  }

  @Override
  public List<FollowUp> openFor(UserId owner, String contactId) {
    return followUps.values().stream()
        .filter(f -> f.owner().equals(owner) && f.isOpen() && f.contactId().equals(contactId))
        .sorted(EARLIEST_FIRST)
        .toList();
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    followUps.values().removeIf(f -> f.owner().equals(owner) && f.contactId().equals(contactId));
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (FollowUp c : followUps.values()) {
      if (c.owner().equals(from)
          && followUps.replace(
              c.id(),
              c,
              new FollowUp(
                  c.id(),
                  to,
                  c.contactId(),
                  c.kind(),
                  c.channel(),
                  c.dueAt(),
                  c.status(),
                  c.note(),
                  c.carriedOver(),
                  c.createdAt()))) {
        moved++;
      }
    }
    return moved;
  }
}
