package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanningFollowUpsTest {

  private static final long TUESDAY_TEN = Instant.parse("2026-03-03T10:00:00Z").getEpochSecond();

  private final Scene scene = new Scene();

  @BeforeEach
  void anna() {
    scene.user(ANNA);
  }

  @Test
  void plansTheNudgesOfANewFollowUpAndTheNextMorningAgenda() {
    // when
    scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::id)
        .containsExactly(
            "ag:telegram:1001:2026-03-03", "fu:f1:due:" + TUESDAY_TEN, "fu:f1:over:2026-03-04");
    assertThat(scene.storedFollowUps.find(ANNA, "f1")).isPresent();
  }

  @Test
  void completingAFollowUpCancelsItsPendingNudges() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    // when
    scene.followUps.update(f.done());
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
    assertThat(scene.nudge("fu:f1:due:" + TUESDAY_TEN).status()).isEqualTo(Nudge.Status.CANCELLED);
  }

  @Test
  void droppingAFollowUpCancelsItsPendingNudges() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    // when
    scene.followUps.update(f.dropped());
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
  }

  @Test
  void reschedulingAFollowUpMovesItsNudges() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    Instant friday = Instant.parse("2026-03-06T16:00:00Z");
    // when
    scene.followUps.update(f.rescheduled(friday));
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::id)
        .containsExactly(
            "ag:telegram:1001:2026-03-03",
            "fu:f1:due:" + friday.getEpochSecond(),
            "fu:f1:over:2026-03-07");
    assertThat(scene.nudge("fu:f1:due:" + TUESDAY_TEN).status()).isEqualTo(Nudge.Status.CANCELLED);
  }

  @Test
  void carriesANotReachedFollowUpOverToTheNextDayWithNewNudges() {
    // given: due today at 10:00, not reached at 11:00
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.at("2026-03-02T11:00:00Z");
    // when
    scene.followUps.update(f.notReached(scene.clock.instant(), ZoneOffset.UTC));
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(n -> n.kind() + "@" + n.dueAt())
        .containsExactly(
            "AGENDA@2026-03-03T08:00:00Z",
            "FOLLOW_UP_DUE@2026-03-03T10:00:00Z",
            "FOLLOW_UP_OVERDUE@2026-03-04T08:00:00Z");
  }

  @Test
  void snoozingMovesTheDueNudge() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T09:00:00Z");
    // when
    scene.followUps.update(f.snoozed(scene.clock.instant(), Duration.ofHours(1)));
    // then
    assertThat(scene.queue.pending(ANNA))
        .filteredOn(n -> n.kind() == Nudge.Kind.FOLLOW_UP_DUE)
        .extracting(Nudge::dueAt)
        .containsExactly(Instant.parse("2026-03-02T10:00:00Z"));
  }

  @Test
  void deletingAContactsFollowUpsCancelsTheirNudges() {
    // given
    scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    // when
    scene.followUps.deleteFor(ANNA, "c-f1");
    // then
    assertThat(scene.storedFollowUps.find(ANNA, "f1")).isEmpty();
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
  }

  @Test
  void addingTheSameFollowUpAgainStoresAndPlansItOnce() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    // when
    boolean again = scene.followUps.add(f);
    // then
    assertThat(again).isFalse();
    assertThat(scene.queue.all()).hasSize(3);
  }

  @Test
  void aRepeatedTurnHealsNudgesAFailingQueueLeftOut() {
    // given: the store took the follow-up, the queue failed
    scene.queue.failWith(new IllegalStateException("queue down"));
    FollowUp f =
        FollowUp.open(
            "f1",
            ANNA,
            "c1",
            FollowUp.Kind.CHECK_IN,
            null,
            Instant.parse("2026-03-03T10:00:00Z"),
            null,
            scene.clock.instant());
    try {
      scene.followUps.add(f);
    } catch (IllegalStateException expected) {
      // the turn answers with an apology
    }
    scene.queue.failWith(null);
    // when: the user sends the same again
    scene.followUps.add(f);
    // then
    assertThat(scene.queue.pending(ANNA)).hasSize(3);
  }

  @Test
  void anUpdateOfAnUnknownFollowUpChangesNothing() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    FollowUp other = f.rescheduled(Instant.parse("2026-03-05T10:00:00Z"));
    FollowUp stranger =
        new FollowUp(
            "f2",
            ANNA,
            "c1",
            other.kind(),
            null,
            other.dueAt(),
            other.status(),
            null,
            0,
            other.createdAt());
    // when
    boolean updated = scene.followUps.update(stranger);
    // then
    assertThat(updated).isFalse();
    assertThat(scene.queue.pending(ANNA)).hasSize(3);
  }
}
