package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import followthrough.core.ports.ChatGateway.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sends, unreachable chats, broken stores: one failure never stops the schedule. */
class NudgeJobFailuresTest {

  private static final Instant MONDAY_TEN = Instant.parse("2026-03-02T10:00:00Z");
  private static final String DUE = "fu:f1:" + MONDAY_TEN.getEpochSecond() + ":due";

  private final Scene scene = new Scene();

  @BeforeEach
  void anna() {
    scene.user(ANNA);
  }

  @Test
  void retriesAFailedSendAfterOneMinuteThenTwo() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.gateway.answer("1001", Delivery.FAILED, Delivery.FAILED, Delivery.SENT);
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    Nudge first = scene.nudge(DUE);
    scene.tickAt("2026-03-02T10:01:00Z");
    Nudge second = scene.nudge(DUE);
    scene.tickAt("2026-03-02T10:03:00Z");
    // then
    assertThat(first.dueAt()).isEqualTo("2026-03-02T10:01:00Z");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(second.dueAt()).isEqualTo("2026-03-02T10:03:00Z");
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.SENT);
  }

  @Test
  void doublesTheWaitUpToAnHourAndGivesUpAfterEightFailures() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.gateway.answer("1001", Delivery.FAILED);
    List<Long> waits = new ArrayList<>();
    // when
    scene.at("2026-03-02T10:00:00Z");
    while (scene.nudge(DUE).status() == Nudge.Status.PENDING) {
      Instant before = scene.nudge(DUE).dueAt();
      scene.clock.set(before);
      scene.job.runOnce();
      if (scene.nudge(DUE).status() == Nudge.Status.PENDING) {
        waits.add(Duration.between(before, scene.nudge(DUE).dueAt()).toMinutes());
      }
    }
    // then
    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.DEAD);
    assertThat(scene.gateway.attempts()).isEqualTo(8);
  }

  @Test
  void waitsAsLongAsThePlatformAsksAfterARateLimit() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.gateway.answer("1001", Delivery.retryAfter(Duration.ofSeconds(42)), Delivery.SENT);
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.nudge(DUE).dueAt()).isEqualTo("2026-03-02T10:00:42Z");
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.PENDING);
  }

  @Test
  void movesARetryThatWouldFallIntoTheQuietHoursToTheirEnd() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T20:59:30Z");
    scene.gateway.answer("1001", Delivery.FAILED, Delivery.SENT);
    // when
    scene.tickAt("2026-03-02T20:59:30Z");
    // then
    assertThat(scene.queue.pending(ANNA))
        .filteredOn(n -> n.kind() == Nudge.Kind.FOLLOW_UP_DUE)
        .extracting(Nudge::dueAt)
        .containsExactly(Instant.parse("2026-03-03T08:00:00Z"));
  }

  @Test
  void givesUpOnAnUnreachableChatWithoutTryingTheUsersOtherNudges() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.followUp(ANNA, "f2", "2026-03-02T10:00:00Z");
    scene.gateway.answer("1001", Delivery.UNREACHABLE);
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isEqualTo(1);
    assertThat(scene.queue.ids(Nudge.Status.DEAD))
        .containsExactlyInAnyOrder(DUE, "fu:f2:" + MONDAY_TEN.getEpochSecond() + ":due");
  }

  @Test
  void holdsBackTheNextNudgesOfAnUnreachableChatUntilTheUserWritesAgain() {
    // given: the chat turned out unreachable at ten
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.gateway.answer("1001", Delivery.UNREACHABLE);
    scene.tickAt("2026-03-02T10:00:00Z");
    scene.followUp(ANNA, "f2", "2026-03-02T12:00:00Z");
    // when
    scene.tickAt("2026-03-02T12:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isEqualTo(1);
    assertThat(scene.profiles.find(ANNA).orElseThrow().address().unreachable()).isTrue();
    assertThat(scene.queue.ids(Nudge.Status.DEAD))
        .contains("fu:f2:" + Instant.parse("2026-03-02T12:00:00Z").getEpochSecond() + ":due");
  }

  @Test
  void keepsSendingToOthersWhenOneUsersChatFails() {
    // given
    scene.user(BORIS);
    scene.followUp(BORIS, "b1", "2026-03-02T10:00:00Z");
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.gateway.throwFor("1002", new IllegalStateException("socket closed"));
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.sent()).extracting(s -> s.address().chatId()).containsExactly("1001");
    Nudge boris = scene.nudge("fu:b1:" + MONDAY_TEN.getEpochSecond() + ":due");
    assertThat(boris.status()).isEqualTo(Nudge.Status.PENDING);
    assertThat(boris.attempts()).isEqualTo(1);
  }

  @Test
  void aNudgeThatCannotBeWordedDoesNotStopTheOthers() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.followUp(ANNA, "f2", "2026-03-02T10:00:00Z");
    NudgeComposer real = scene.composer;
    scene.composer =
        (nudge, profile, now) -> {
          if (nudge.subjectId().equals("f1")) {
            throw new IllegalStateException("store hiccup");
          }
          return real.compose(nudge, profile, now);
        };
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.PENDING);
    assertThat(scene.nudge(DUE).attempts()).isEqualTo(1);
  }

  @Test
  void aBrokenQueueDoesNotStopTheSchedule() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.queue.failWith(new IllegalStateException("store down"));
    // when
    scene.at("2026-03-02T10:00:00Z");
    assertThatCode(scene.job::runOnce).doesNotThrowAnyException();
    scene.queue.failWith(null);
    scene.job.runOnce();
    // then
    assertThat(scene.gateway.sent()).hasSize(1);
  }
}
