package followthrough.core.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFollowUpsTest {

  private static final UserId OWNER = new UserId("telegram:1001");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static FollowUp open(FollowUp.Kind kind) {
    return FollowUp.open("f1", OWNER, "c1", kind, null, NOW, null, NOW);
  }

  @Test
  void plansTheCadenceAfterAFirstPurchase() {
    // then
    assertThat(OrderFollowUps.plansCadence(1, List.of(open(FollowUp.Kind.THANK_YOU)))).isTrue();
  }

  @Test
  void plansNoCadenceAfterARepeatOrder() {
    // then
    assertThat(OrderFollowUps.plansCadence(2, List.of())).isFalse();
  }

  @Test
  void plansNoCadenceTwiceWhenTheContactsCadenceIsPlannedAlready() {
    // then
    assertThat(OrderFollowUps.plansCadence(1, List.of(open(FollowUp.Kind.CADENCE)))).isFalse();
  }

  @Test
  void plansTheCadenceWhenTheEarlierOneIsDone() {
    // then
    assertThat(OrderFollowUps.plansCadence(1, List.of(open(FollowUp.Kind.CADENCE).done())))
        .isTrue();
  }
}
