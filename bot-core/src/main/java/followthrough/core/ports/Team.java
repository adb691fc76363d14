package followthrough.core.ports;

import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who is in whose first line. A member has at most one sponsor; each member keeps their whole
 * sponsor line ({@link Member#lineage()}), so a leader's line is found by one query, never by
 * walking the tree. Holds no activity and nothing of anyone's contacts. Thread-safe.
 */
public interface Team {

  /**
   * Puts a member under their sponsor, unless they have one already; also prefixes the lineage of
   * the member's own line with the new sponsor line. The caller checks that the sponsor is not in
   * the member's own line.
   *
   * @return false when the member has a sponsor already (nothing is written)
   */
  boolean join(Member member);

  /** The member's place in a team, or empty when they have no sponsor. */
  Optional<Member> find(UserId member);

  /** The sponsor's first line, by joining time. */
  List<Member> firstLine(UserId sponsor);

  /**
   * Takes a member out of the sponsor's first line (they leave, or the sponsor removes them); the
   * member's own line stays with them and no longer counts under the former sponsor's line.
   *
   * @return false when the member is not in that sponsor's first line
   */
  boolean leave(UserId member, UserId sponsor);

  /**
   * Hands every member under the leader's line (all levels) to {@code each}, streamed from the
   * store, never collected in memory at once.
   */
  void forEachInLine(UserId leader, Consumer<Member> each);
}
