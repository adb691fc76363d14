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

  private static final String TUESDAY_TEN =
      "fu:f1:" + Instant.parse("2026-03-03T10:00:00Z").getEpochSecond();

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
            "ag:telegram:1001:2026-03-03", TUESDAY_TEN + ":due", TUESDAY_TEN + ":over:2026-03-04");
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
    assertThat(scene.nudge(TUESDAY_TEN + ":due").status()).isEqualTo(Nudge.Status.CANCELLED);
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
  void reschedulingAFollowUpPlansTheNudgesOfItsNewTime() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    Instant friday = Instant.parse("2026-03-06T16:00:00Z");
    // when
    scene.followUps.update(f.rescheduled(friday));
    // then
    String fridayIds = "fu:f1:" + friday.getEpochSecond();
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::id)
        .contains(fridayIds + ":due", fridayIds + ":over:2026-03-07");
  }

  @Test
  void carriesANotReachedFollowUpOverToTheNextDayWithNewNudges() {
    // given: due today at 10:00, not reached at 11:00
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.at("2026-03-02T11:00:00Z");
    // when
    scene.followUps.update(f.notReached(scene.clock.instant(), ZoneOffset.UTC));
    // then
    String tomorrow = "fu:f1:" + Instant.parse("2026-03-03T10:00:00Z").getEpochSecond();
    assertThat(scene.queue.pending(ANNA))
        .extracting(n -> n.id() + "@" + n.dueAt())
        .contains(
            tomorrow + ":due@2026-03-03T10:00:00Z",
            tomorrow + ":over:2026-03-04@2026-03-04T08:00:00Z");
  }

  @Test
  void snoozingWithinTheDayKeepsTheCarryOverOfTheNextMorning() {
    // given: due now, snoozed for an hour
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T09:00:00Z");
    // when
    scene.followUps.update(f.snoozed(scene.clock.instant(), Duration.ofHours(1)));
    // then
    String snoozed = "fu:f1:" + Instant.parse("2026-03-02T10:00:00Z").getEpochSecond();
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::id)
        .contains(snoozed + ":due", snoozed + ":over:2026-03-03");
  }

  @Test
  void anEditThatKeepsTheTimeChangesNoNudge() {
    // given
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-03T10:00:00Z");
    FollowUp noted =
        new FollowUp(
            f.id(),
            f.owner(),
            f.contactId(),
            f.kind(),
            f.channel(),
            f.dueAt(),
            f.status(),
            "ask about the trial pack",
            f.carriedOver(),
            f.createdAt());
    // when
    scene.followUps.update(noted);
    // then
    assertThat(scene.queue.all()).hasSize(3).allMatch(n -> n.status() == Nudge.Status.PENDING);
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
    FollowUp stranger =
        FollowUp.open(
            "f2", ANNA, "c1", f.kind(), null, f.dueAt().plusSeconds(60), null, f.createdAt());
    // when
    boolean updated = scene.followUps.update(stranger);
    // then
    assertThat(updated).isFalse();
    assertThat(scene.queue.all()).hasSize(3);
  }
}
