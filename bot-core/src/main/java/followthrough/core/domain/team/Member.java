package followthrough.core.domain.team;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user in a sponsor's first line.
 *
 * @param id the member
 * @param sponsor who recruited them; the member is in this user's first line
 * @param lineage the sponsor, the sponsor's sponsor and so on up to the top, nearest first: a team
 *     leader's whole line is every member whose lineage holds the leader
 * @param name the name the member chose for their sponsor to see (the member's own words)
 * @param joinedAt when they joined, in UTC; members count as new for {@link SilenceRule#NEW_PERIOD}
 */
public record Member(
    UserId id, UserId sponsor, List<UserId> lineage, String name, Instant joinedAt) {

  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(joinedAt, "joinedAt");
    lineage = List.copyOf(lineage);
    if (lineage.isEmpty() || !lineage.get(0).equals(sponsor)) {
      throw new IllegalArgumentException("a lineage starts with the sponsor");
    }
    if (lineage.contains(id)) {
      throw new IllegalArgumentException("a member cannot be in their own lineage");
    }
  }

  /** A new member under {@code sponsor}, whose own sponsor line is {@code sponsorLineage}. */
  public static Member joining(
      UserId id, UserId sponsor, List<UserId> sponsorLineage, String name, Instant at) {
    List<UserId> lineage = new java.util.ArrayList<>();
    lineage.add(sponsor);
    lineage.addAll(sponsorLineage);
    return new Member(id, sponsor, lineage, name, at);
  }
}
