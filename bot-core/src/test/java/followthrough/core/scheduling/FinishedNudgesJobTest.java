package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.memory.InMemoryNudgeQueue;
import followthrough.core.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinishedNudgesJobTest {

  private static final Duration LEASE = Duration.ofMinutes(2);

  private final InMemoryNudgeQueue queue = new InMemoryNudgeQueue();
  private final MutableClock clock = new MutableClock(T0);
  private final FinishedNudgesJob job =
      new FinishedNudgesJob(queue, clock, Duration.ofDays(30), Duration.ofHours(6));

  private void sentAt(String id, java.time.Instant due) {
    queue.schedule(Nudge.pending(id, ANNA, Nudge.Kind.MEETING_SOON, "m1", due));
    queue.claim(id, "a", due, LEASE);
    queue.sent(id, "a");
  }

  @Test
  void deletesFinishedNudgesOlderThanTheRetentionAndKeepsNewerOnes() {
    // given
    sentAt("old", T0);
    sentAt("new", T0.plus(Duration.ofDays(20)));
    clock.set(T0.plus(Duration.ofDays(31)));
    // when
    job.runOnce();
    // then: the old id can be planned anew, the new one is still there and stays sent
    queue.schedule(Nudge.pending("old", ANNA, Nudge.Kind.MEETING_SOON, "m1", T0));
    queue.schedule(
        Nudge.pending("new", ANNA, Nudge.Kind.MEETING_SOON, "m1", T0.plus(Duration.ofDays(20))));
    assertThat(queue.claimable(Nudge.Lane.URGENT, clock.instant(), 10)).containsExactly("old");
  }

  @Test
  void purgesAtMostOncePerInterval() {
    // given: a purge now, then a nudge that becomes old enough an hour later
    clock.set(T0.plus(Duration.ofDays(31)));
    job.runOnce();
    sentAt("old", T0.plus(Duration.ofHours(1)));
    clock.set(T0.plus(Duration.ofDays(31)).plus(Duration.ofHours(2)));
    // when
    job.runOnce();
    List<String> beforeTheInterval = plannedAgain();
    clock.set(T0.plus(Duration.ofDays(31)).plus(Duration.ofHours(6)));
    job.runOnce();
    List<String> afterIt = plannedAgain();
    // then
    assertThat(beforeTheInterval).isEmpty();
    assertThat(afterIt).containsExactly("old");
  }

  private List<String> plannedAgain() {
    queue.schedule(
        Nudge.pending("old", ANNA, Nudge.Kind.MEETING_SOON, "m1", T0.plus(Duration.ofHours(1))));
    return queue.claimable(Nudge.Lane.URGENT, clock.instant(), 10);
  }
}
