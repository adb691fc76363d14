package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Team;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Team} store does; extended by the memory and MongoDB tests. */
public abstract class TeamContract {

  protected static final UserId LEADER = new UserId("telegram:1");
  protected static final UserId SPONSOR = new UserId("telegram:2");
  protected static final UserId MEMBER = new UserId("telegram:3");
  protected static final UserId BELOW = new UserId("discord:4$.x");

  protected Team team;

  /** A new, empty store. */
  protected abstract Team newStore();

  @BeforeEach
  void createStore() {
    team = newStore();
  }

  private Member join(UserId id, UserId sponsor, int minutes) {
    List<UserId> above = team.find(sponsor).map(Member::lineage).orElse(List.of());
    Member m =
        Member.joining(id, sponsor, above, "Name $." + id, T0.plus(Duration.ofMinutes(minutes)));
    assertThat(team.join(m)).isTrue();
    return m;
  }

  private List<UserId> line(UserId leader) {
    List<UserId> ids = new ArrayList<>();
    team.forEachInLine(leader, m -> ids.add(m.id()));
    return ids;
  }

  @Test
  void findsAJoinedMemberInTheSponsorsFirstLine() {
    // given
    Member m = join(MEMBER, SPONSOR, 0);

    // when / then
    assertThat(team.find(MEMBER)).contains(m);
    assertThat(team.firstLine(SPONSOR)).containsExactly(m);
    assertThat(team.firstLine(MEMBER)).isEmpty();
    assertThat(team.find(SPONSOR)).isEmpty();
  }

  @Test
  void aMemberHasAtMostOneSponsor() {
    // given
    Member first = join(MEMBER, SPONSOR, 0);

    // when
    boolean again = team.join(Member.joining(MEMBER, LEADER, List.of(), "x", T0));

    // then
    assertThat(again).isFalse();
    assertThat(team.find(MEMBER)).contains(first);
  }

  @Test
  void theFirstLineIsInJoiningOrder() {
    // given
    Member later = join(BELOW, SPONSOR, 5);
    Member earlier = join(MEMBER, SPONSOR, 1);

    // when / then
    assertThat(team.firstLine(SPONSOR)).containsExactly(earlier, later);
  }

  @Test
  void aLeadersLineHoldsEveryLevelBelowThem() {
    // given
    join(SPONSOR, LEADER, 0);
    join(MEMBER, SPONSOR, 1);
    join(BELOW, MEMBER, 2);

    // when / then
    assertThat(line(LEADER)).containsExactlyInAnyOrder(SPONSOR, MEMBER, BELOW);
    assertThat(line(SPONSOR)).containsExactlyInAnyOrder(MEMBER, BELOW);
    assertThat(line(BELOW)).isEmpty();
    assertThat(team.find(BELOW).orElseThrow().lineage()).containsExactly(MEMBER, SPONSOR, LEADER);
  }

  @Test
  void aSponsorWhoJoinsLaterBringsTheirLineAlong() {
    // given
    join(MEMBER, SPONSOR, 0);
    join(BELOW, MEMBER, 1);

    // when
    join(SPONSOR, LEADER, 2);

    // then
    assertThat(line(LEADER)).containsExactlyInAnyOrder(SPONSOR, MEMBER, BELOW);
    assertThat(team.find(BELOW).orElseThrow().lineage()).containsExactly(MEMBER, SPONSOR, LEADER);
  }

  @Test
  void aMemberWhoLeavesTakesTheirLineOutOfTheFormerSponsorsLine() {
    // given
    join(SPONSOR, LEADER, 0);
    join(MEMBER, SPONSOR, 1);
    join(BELOW, MEMBER, 2);

    // when
    boolean left = team.leave(MEMBER, SPONSOR);

    // then
    assertThat(left).isTrue();
    assertThat(team.find(MEMBER)).isEmpty();
    assertThat(team.firstLine(SPONSOR)).isEmpty();
    assertThat(line(LEADER)).containsExactly(SPONSOR);
    assertThat(line(MEMBER)).containsExactly(BELOW);
    assertThat(team.find(BELOW).orElseThrow().lineage()).containsExactly(MEMBER);
  }

  @Test
  void onlyTheSponsorCanTakeAMemberOut() {
    // given
    Member m = join(MEMBER, SPONSOR, 0);

    // when
    boolean left = team.leave(MEMBER, LEADER);

    // then
    assertThat(left).isFalse();
    assertThat(team.find(MEMBER)).contains(m);
  }
}
