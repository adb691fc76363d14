package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Kind;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NudgeQueue} does; extended by the memory and MongoDB tests. */
public abstract class NudgeQueueContract {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Instant LATER = T0.plus(Duration.ofHours(1));

  protected NudgeQueue queue;

  /** A new, empty queue. */
  protected abstract NudgeQueue newQueue();

  @BeforeEach
  void createQueue() {
    queue = newQueue();
  }

  private static Nudge nudge(String id, UserId owner, Kind kind, String subject, Instant dueAt) {
    return Nudge.pending(id, owner, kind, subject, dueAt);
  }

  private static Nudge due(String id, Instant dueAt) {
    return nudge(id, ANNA, Kind.MEETING_SOON, "meeting-1", dueAt);
  }

  private List<String> urgent(Instant now) {
    return queue.claimable(Lane.URGENT, now, 100);
  }

  @Test
  void claimsAScheduledNudgeOnceItIsDueWithEveryFieldKept() {
    // given
    Nudge planned = nudge("n1", ANNA, Kind.FOLLOW_UP_DUE, "follow-up:«$set.x»/ü 🙂", T0);
    queue.schedule(planned);
    // when
    Optional<Nudge> early = queue.claim("n1", "a", T0.minusSeconds(1), LEASE);
    Optional<Nudge> claimed = queue.claim("n1", "a", T0, LEASE);
    // then
    assertThat(early).isEmpty();
    assertThat(claimed)
        .contains(
            new Nudge(
                "n1",
                ANNA,
                planned.kind(),
                planned.subjectId(),
                T0,
                Status.CLAIMED,
                0,
                "a",
                T0.plus(LEASE)));
  }

  @Test
  void reschedulingAPendingNudgeMovesIt() {
    // given
    queue.schedule(due("n1", T0));
    // when
    queue.schedule(due("n1", LATER));
    // then
    assertThat(urgent(T0)).isEmpty();
    assertThat(urgent(LATER)).containsExactly("n1");
  }

  @Test
  void reschedulingASentNudgeLeavesItSent() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    queue.sent("n1", "a");
    // when
    queue.schedule(due("n1", T0));
    // then
    assertThat(urgent(LATER)).isEmpty();
    assertThat(queue.claim("n1", "b", LATER, LEASE)).isEmpty();
  }

  @Test
  void reschedulingAClaimedNudgeLeavesItWithItsHolder() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.schedule(due("n1", T0.minusSeconds(60)));
    // then
    assertThat(urgent(T0)).isEmpty();
    assertThat(queue.claim("n1", "b", T0, LEASE)).isEmpty();
  }

  @Test
  void cancelsOnlyTheOwnersPendingNudgesAboutTheSubject() {
    // given
    queue.schedule(nudge("a1", ANNA, Kind.MEETING_DAY_BEFORE, "meeting-1", T0));
    queue.schedule(nudge("a2", ANNA, Kind.MEETING_SOON, "meeting-1", T0));
    queue.schedule(nudge("a3", ANNA, Kind.MEETING_SOON, "meeting-2", T0));
    queue.schedule(nudge("b1", BORIS, Kind.MEETING_SOON, "meeting-1", T0));
    // when
    int cancelled = queue.cancel(ANNA, "meeting-1");
    // then
    assertThat(cancelled).isEqualTo(2);
    assertThat(urgent(T0)).containsExactlyInAnyOrder("a3", "b1");
    assertThat(queue.claim("a1", "x", T0, LEASE)).isEmpty();
  }

  @Test
  void cancelLeavesAClaimedNudgeToItsHolder() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    int cancelled = queue.cancel(ANNA, "meeting-1");
    queue.retry("n1", "a", LATER);
    // then
    assertThat(cancelled).isZero();
    assertThat(urgent(LATER)).containsExactly("n1");
  }

  @Test
  void aCancelledNudgeStaysCancelledWhenScheduledAgain() {
    // given
    queue.schedule(due("n1", T0));
    queue.cancel(ANNA, "meeting-1");
    // when
    queue.schedule(due("n1", T0));
    // then
    assertThat(urgent(LATER)).isEmpty();
    assertThat(queue.cancel(ANNA, "meeting-1")).isZero();
  }

  @Test
  void listsDueNudgesEarliestFirstAndNotThoseDueLater() {
    // given
    queue.schedule(due("late", T0.plusSeconds(30)));
    queue.schedule(due("early", T0.minusSeconds(30)));
    queue.schedule(due("now", T0));
    queue.schedule(due("future", T0.plusSeconds(31)));
    // when
    List<String> ids = urgent(T0.plusSeconds(30));
    // then
    assertThat(ids).containsExactly("early", "now", "late");
  }

  @Test
  void listsNoMoreThanTheLimit() {
    // given
    for (int i = 0; i < 5; i++) {
      queue.schedule(due("n" + i, T0));
    }
    // when / then
    assertThat(queue.claimable(Lane.URGENT, T0, 3)).hasSize(3);
    assertThat(queue.claimable(Lane.URGENT, T0, 0)).isEmpty();
  }

  @Test
  void keepsTheLanesApart() {
    // given
    queue.schedule(nudge("agenda", ANNA, Kind.AGENDA, "agenda:2026-03-02", T0));
    queue.schedule(nudge("call", ANNA, Kind.FOLLOW_UP_DUE, "follow-up-1", T0));
    // when / then
    assertThat(queue.claimable(Lane.URGENT, T0, 10)).containsExactly("call");
    assertThat(queue.claimable(Lane.BULK, T0, 10)).containsExactly("agenda");
  }

  @Test
  void listsAClaimedNudgeAgainOnlyWhenItsLeaseHasRunOut() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when / then
    assertThat(urgent(T0.plus(LEASE).minusSeconds(1))).isEmpty();
    assertThat(urgent(T0.plus(LEASE))).containsExactly("n1");
  }

  @Test
  void anotherInstanceClaimsANudgeOnceTheLeaseHasRunOut() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    Optional<Nudge> tooEarly = queue.claim("n1", "b", T0.plusSeconds(60), LEASE);
    Optional<Nudge> takenOver = queue.claim("n1", "b", T0.plus(LEASE), LEASE);
    // then
    assertThat(tooEarly).isEmpty();
    assertThat(takenOver).map(Nudge::claimedBy).contains("b");
    assertThat(takenOver).map(Nudge::leaseUntil).contains(T0.plus(LEASE).plus(LEASE));
  }

  @Test
  void refusesALeaseThatIsNotPositive() {
    // given
    queue.schedule(due("n1", T0));
    // when / then
    assertThatThrownBy(() -> queue.claim("n1", "a", T0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(urgent(T0)).containsExactly("n1");
  }

  @Test
  void claimsNothingForAnUnknownId() {
    // when / then
    assertThat(queue.claim("missing", "a", T0, LEASE)).isEmpty();
  }

  @Test
  void onlyOneOfManyRacingInstancesClaimsANudge() throws Exception {
    // given
    queue.schedule(due("n1", T0));
    int instances = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Optional<Nudge>>> claims = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      String instance = "i" + i;
      claims.add(
          () -> {
            start.await();
            return queue.claim("n1", instance, T0, LEASE);
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    // when
    List<Future<Optional<Nudge>>> results = new ArrayList<>();
    claims.forEach(c -> results.add(pool.submit(c)));
    start.countDown();
    int winners = 0;
    for (Future<Optional<Nudge>> result : results) {
      winners += result.get().isPresent() ? 1 : 0;
    }
    pool.shutdown();
    // then
    assertThat(winners).isEqualTo(1);
  }

  @Test
  void aSentNudgeIsNeverClaimedAgain() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.sent("n1", "a");
    // then
    assertThat(urgent(LATER)).isEmpty();
    assertThat(queue.claim("n1", "b", LATER, LEASE)).isEmpty();
  }

  @Test
  void anInstanceThatDoesNotHoldANudgeCannotMarkIt() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.sent("n1", "b");
    queue.giveUp("n1", "b");
    queue.retry("n1", "b", T0);
    // then
    assertThat(urgent(T0)).isEmpty();
    assertThat(urgent(T0.plus(LEASE))).containsExactly("n1");
  }

  @Test
  void aStaleInstanceCannotMarkANudgeThatWasTakenOver() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    queue.claim("n1", "b", T0.plus(LEASE), LEASE);
    // when
    queue.sent("n1", "a");
    queue.giveUp("n1", "a");
    queue.retry("n1", "a", T0);
    // then
    Instant afterTheSecondLease = T0.plus(LEASE).plus(LEASE);
    assertThat(urgent(afterTheSecondLease.minusSeconds(1))).isEmpty();
    assertThat(queue.claim("n1", "c", afterTheSecondLease, LEASE)).isPresent();
  }

  @Test
  void aNudgeItsLateHolderMarkedSentIsNotClaimedByTheInstanceThatListedIt() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    Instant expired = T0.plus(LEASE);
    assertThat(urgent(expired)).containsExactly("n1");
    // when
    queue.sent("n1", "a");
    Optional<Nudge> takeover = queue.claim("n1", "b", expired, LEASE);
    // then
    assertThat(takeover).isEmpty();
    assertThat(urgent(LATER)).isEmpty();
  }

  @Test
  void aStaleHolderCannotMarkANudgeRetriedAtTheEndOfItsOldLease() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    Instant expired = T0.plus(LEASE);
    queue.claim("n1", "b", expired, LEASE);
    queue.retry("n1", "b", expired);
    // when
    queue.sent("n1", "a");
    // then
    assertThat(urgent(expired)).containsExactly("n1");
  }

  @Test
  void retryMovesTheDueTimeAndCountsTheAttempt() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.retry("n1", "a", LATER);
    // then
    assertThat(urgent(LATER.minusSeconds(1))).isEmpty();
    Optional<Nudge> again = queue.claim("n1", "b", LATER, LEASE);
    assertThat(again).map(Nudge::attempts).contains(1);
    assertThat(again).map(Nudge::dueAt).contains(LATER);
    queue.retry("n1", "b", LATER);
    assertThat(queue.claim("n1", "a", LATER, LEASE)).map(Nudge::attempts).contains(2);
  }

  @Test
  void aNudgeGivenUpIsNeverClaimedAgain() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.giveUp("n1", "a");
    // then
    assertThat(urgent(LATER)).isEmpty();
    assertThat(queue.claim("n1", "b", LATER, LEASE)).isEmpty();
  }

  @Test
  void claimsAListedPageAtOnceInItsOrderWithoutThoseAnotherInstanceGot() {
    // given
    queue.schedule(due("n1", T0));
    queue.schedule(due("n2", T0));
    queue.schedule(due("n3", T0.plusSeconds(1)));
    List<String> page = urgent(T0.plusSeconds(1));
    queue.claim("n2", "b", T0.plusSeconds(1), LEASE);
    // when
    List<Nudge> claimed = queue.claimAll(page, "a", T0.plusSeconds(1), LEASE);
    // then
    assertThat(claimed).extracting(Nudge::id).containsExactly("n1", "n3");
    assertThat(claimed)
        .allSatisfy(
            n -> {
              assertThat(n.status()).isEqualTo(Status.CLAIMED);
              assertThat(n.claimedBy()).isEqualTo("a");
              assertThat(n.leaseUntil()).isEqualTo(T0.plusSeconds(1).plus(LEASE));
            });
    assertThat(claimed.get(1).dueAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(queue.claim("n2", "c", T0.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void claimsUnlistedIdsAtOnceButNotUnknownOrNotYetDueOnes() {
    // given
    queue.schedule(due("n1", T0));
    queue.schedule(due("later", LATER));
    // when
    List<Nudge> claimed = queue.claimAll(List.of("n1", "unknown", "later"), "a", T0, LEASE);
    // then
    assertThat(claimed).extracting(Nudge::id).containsExactly("n1");
    assertThat(urgent(T0)).isEmpty();
  }

  @Test
  void marksAPageSentAtOnceButOnlyWhatThisInstanceHolds() {
    // given
    queue.schedule(due("n1", T0));
    queue.schedule(due("n2", T0));
    queue.schedule(due("n3", T0));
    queue.claimAll(List.of("n1", "n2"), "a", T0, LEASE);
    queue.claim("n3", "b", T0, LEASE);
    // when
    queue.sentAll(List.of("n1", "n2", "n3"), "a");
    // then: n3 is still b's, and claimable again only after b's lease
    Instant expired = T0.plus(LEASE);
    assertThat(urgent(expired)).containsExactly("n3");
    assertThat(queue.claimAll(List.of("n1", "n2", "n3"), "c", expired, LEASE))
        .extracting(Nudge::id)
        .containsExactly("n3");
  }

  @Test
  void aStaleHolderCannotMarkAPageTakenOverByAnotherInstance() {
    // given
    queue.schedule(due("n1", T0));
    queue.claimAll(urgent(T0), "a", T0, LEASE);
    Instant expired = T0.plus(LEASE);
    queue.claimAll(urgent(expired), "b", expired, LEASE);
    // when
    queue.sentAll(List.of("n1"), "a");
    // then
    Instant afterTheSecondLease = expired.plus(LEASE);
    assertThat(urgent(afterTheSecondLease.minusSeconds(1))).isEmpty();
    assertThat(urgent(afterTheSecondLease)).containsExactly("n1");
  }

  @Test
  void aDismissedNudgeIsNeverClaimedAgain() {
    // given
    queue.schedule(due("n1", T0));
    queue.claim("n1", "a", T0, LEASE);
    // when
    queue.dismiss("n1", "a");
    queue.schedule(due("n1", T0));
    // then
    assertThat(urgent(LATER)).isEmpty();
    assertThat(queue.claim("n1", "b", LATER, LEASE)).isEmpty();
  }

  @Test
  void purgesFinishedNudgesDueBeforeTheCutOffAndKeepsTheRest() {
    // given
    queue.schedule(due("sent", T0));
    queue.schedule(due("dead", T0));
    queue.schedule(due("pending", T0));
    queue.schedule(due("recent", LATER));
    queue.claimAll(List.of("sent", "dead"), "a", T0, LEASE);
    queue.sent("sent", "a");
    queue.giveUp("dead", "a");
    queue.claim("recent", "a", LATER, LEASE);
    queue.sent("recent", "a");
    // when
    int purged = queue.purgeFinished(T0.plusSeconds(1));
    // then: a purged id can be planned anew; the pending one and the recent one stay
    assertThat(purged).isEqualTo(2);
    queue.schedule(due("sent", T0));
    queue.schedule(due("recent", LATER));
    assertThat(urgent(LATER)).containsExactly("pending", "sent");
  }
}
