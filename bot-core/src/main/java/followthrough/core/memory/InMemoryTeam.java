package followthrough.core.memory;

import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link Team} in a map, for tests and the terminal chat; thread-safe by locking. */
public final class InMemoryTeam implements Team {

  private final Map<UserId, Member> members = new LinkedHashMap<>();

  @Override
  public synchronized boolean join(Member member) {
    if (members.containsKey(member.id())) {
      return false;
    }
    members.put(member.id(), member);
    for (Member below : List.copyOf(members.values())) {
      int at = below.lineage().indexOf(member.id());
      if (at >= 0) {
        List<UserId> lineage = new ArrayList<>(below.lineage().subList(0, at + 1));
        lineage.addAll(member.lineage());
        members.put(below.id(), withLineage(below, lineage));
      }
    }
    return true;
  }

  @Override
  public synchronized Optional<Member> find(UserId member) {
    return Optional.ofNullable(members.get(member));
  }

  @Override
  public synchronized List<Member> firstLine(UserId sponsor) {
    return members.values().stream()
        .filter(m -> m.sponsor().equals(sponsor))
        .sorted(Comparator.comparing(Member::joinedAt).thenComparing(m -> m.id().value()))
        .toList();
  }

  @Override
  public synchronized boolean leave(UserId member, UserId sponsor) {
    Member gone = members.get(member);
    if (gone == null || !gone.sponsor().equals(sponsor)) {
      return false;
    }
    members.remove(member);
    for (Member below : List.copyOf(members.values())) {
      int at = below.lineage().indexOf(member);
      if (at >= 0) {
        members.put(below.id(), withLineage(below, below.lineage().subList(0, at + 1)));
      }
    }
    return true;
  }

  @Override
  public void forEachInLine(UserId leader, Consumer<Member> each) {
    List<Member> line;
    synchronized (this) {
      line = members.values().stream().filter(m -> m.lineage().contains(leader)).toList();
    }
    line.forEach(each);
  }

  private static Member withLineage(Member m, List<UserId> lineage) {
    return new Member(m.id(), m.sponsor(), lineage, m.name(), m.joinedAt());
  }
}
