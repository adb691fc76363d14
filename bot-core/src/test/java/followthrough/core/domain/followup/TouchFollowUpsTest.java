package followthrough.core.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchFollowUpsTest {

  private static final UserId OWNER = new UserId("telegram:1001");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static FollowUp due(String id, FollowUp.Kind kind, Duration fromNow) {
    return FollowUp.open(id, OWNER, "c1", kind, null, NOW.plus(fromNow), null, NOW);
  }

  @Test
  void aReachedTouchFulfilsEveryFollowUpDueByThen() {
    // given
    List<FollowUp> open =
        List.of(
            due("overdue", FollowUp.Kind.CHECK_IN, Duration.ofDays(-2)),
            due("now", FollowUp.Kind.CADENCE, Duration.ZERO),
            due("later", FollowUp.Kind.CADENCE, Duration.ofHours(1)));
    // when
    List<FollowUp> fulfilled = TouchFollowUps.fulfilledBy(true, NOW, open);
    // then
    assertThat(fulfilled).extracting(FollowUp::id).containsExactly("overdue", "now");
  }

  @Test
  void aTouchThatDidNotReachThePersonLeavesPromisedFollowUpsOpen() {
    // given
    List<FollowUp> open = List.of(due("overdue", FollowUp.Kind.CHECK_IN, Duration.ofDays(-2)));
    // when
    List<FollowUp> fulfilled = TouchFollowUps.fulfilledBy(false, NOW, open);
    // then
    assertThat(fulfilled).isEmpty();
  }

  @Test
  void anyTouchFulfilsTheSuggestedNextTouchSoSuggestionsNeverPileUp() {
    // given
    List<FollowUp> open =
        List.of(
            due("due", FollowUp.Kind.NEXT_TOUCH, Duration.ofDays(-1)),
            due("ahead", FollowUp.Kind.NEXT_TOUCH, Duration.ofDays(3)));
    // when
    List<FollowUp> notReached = TouchFollowUps.fulfilledBy(false, NOW, open);
    List<FollowUp> reached = TouchFollowUps.fulfilledBy(true, NOW, open);
    // then
    assertThat(notReached).extracting(FollowUp::id).containsExactly("due", "ahead");
    assertThat(reached).extracting(FollowUp::id).containsExactly("due", "ahead");
  }

  @Test
  void ignoresFollowUpsThatAreNoLongerOpen() {
    // given
    List<FollowUp> open = List.of(due("done", FollowUp.Kind.CHECK_IN, Duration.ZERO).done());
    // when
    List<FollowUp> fulfilled = TouchFollowUps.fulfilledBy(true, NOW, open);
    // then
    assertThat(fulfilled).isEmpty();
  }
}
