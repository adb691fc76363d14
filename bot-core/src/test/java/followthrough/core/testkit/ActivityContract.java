package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.team.WeekCounts;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Activity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Activity} store does; extended by the memory and MongoDB tests. */
public abstract class ActivityContract {

  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  protected Activity activity;

  /** A new, empty store. */
  protected abstract Activity newStore();

  @BeforeEach
  void createStore() {
    activity = newStore();
  }

  @Test
  void theFirstActivityHasNoneBeforeIt() {
    // when
    var before = activity.record(ANNA, ActivityKind.CONTACT_LOGGED, T0);

    // then
    assertThat(before).isEmpty();
    ActivityFacts facts = activity.find(ANNA).orElseThrow();
    assertThat(facts.lastActiveAt()).isEqualTo(T0);
    assertThat(facts.week(MONDAY)).isEqualTo(new WeekCounts(1, 0, 0, 0, 0));
    assertThat(activity.find(BORIS)).isEmpty();
  }

  @Test
  void countsEachKindPerWeekAndKeepsTheLatestActivity() {
    // given
    Instant nextWeek = T0.plus(Duration.ofDays(7));
    activity.record(ANNA, ActivityKind.TOUCH_LOGGED, T0);
    activity.record(ANNA, ActivityKind.TOUCH_LOGGED, T0.plusSeconds(60));
    activity.record(ANNA, ActivityKind.MEETING_KEPT, nextWeek);

    // when
    var before = activity.record(ANNA, ActivityKind.FOLLOW_UP_DONE, T0.plusSeconds(120));

    // then
    assertThat(before).contains(nextWeek);
    ActivityFacts facts = activity.find(ANNA).orElseThrow();
    assertThat(facts.lastActiveAt()).isEqualTo(nextWeek);
    assertThat(facts.week(MONDAY)).isEqualTo(new WeekCounts(0, 2, 1, 0, 0));
    assertThat(facts.week(MONDAY.plusWeeks(1))).isEqualTo(new WeekCounts(0, 0, 0, 1, 0));
  }

  @Test
  void findsTheFactsOfSeveralUsersAtOnce() {
    // given
    UserId odd = new UserId("discord:$.{}");
    activity.record(ANNA, ActivityKind.MEETING_MISSED, T0);
    activity.record(odd, ActivityKind.CONTACT_LOGGED, T0);

    // when
    Map<UserId, ActivityFacts> found = activity.findAll(List.of(ANNA, BORIS, odd));

    // then
    assertThat(found).containsOnlyKeys(ANNA, odd);
    assertThat(found.get(ANNA).week(MONDAY).meetingsMissed()).isEqualTo(1);
  }
}
