package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Reply;
import followthrough.core.i18n.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes, budgets and leases. */
class NudgeJobLanesTest {

  private static final Instant MONDAY_TEN = Instant.parse("2026-03-02T10:00:00Z");
  private static final String DUE = "fu:f1:" + MONDAY_TEN.getEpochSecond() + ":due";

  private final Scene scene = new Scene();

  @Test
  void sendsUrgentNudgesFirstAndNeverMoreThanAPageOfBulkOnesBeforeThem() {
    // given: five bulk nudges and one urgent, all due now; pages of 2, 3 bulk per tick
    Scene paced = new Scene(new followthrough.core.testkit.KeysOnlyMessages(), settings(2, 3));
    paced.user(ANNA);
    paced.composer =
        (nudge, profile, now) ->
            Composition.of(Reply.of(Phrase.verbatim(nudge.id())), Phrase.verbatim("-"), List.of());
    Instant now = paced.clock.instant();
    for (int i = 1; i <= 5; i++) {
      paced.queue.schedule(Nudge.pending("bulk" + i, ANNA, Nudge.Kind.AGENDA, "s" + i, now));
    }
    paced.queue.schedule(Nudge.pending("urgent1", ANNA, Nudge.Kind.MEETING_SOON, "m1", now));
    paced.gateway.onSent(
        sent -> {
          if (sent.message().text().equals("bulk1")) {
            paced.queue.schedule(
                Nudge.pending("urgent2", ANNA, Nudge.Kind.FOLLOW_UP_DUE, "f", now));
          }
        });
    // when
    paced.job.runOnce();
    // then
    assertThat(paced.gateway.texts())
        .containsExactly("urgent1", "bulk1", "bulk2", "urgent2", "bulk3");
    assertThat(paced.queue.ids(Nudge.Status.PENDING)).containsExactly("bulk4", "bulk5");
  }

  @Test
  void takesOverANudgeWhoseInstanceDiedAfterItsLease() {
    // given: another instance claimed it and died
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.queue.claim(DUE, "dead-instance", MONDAY_TEN, Duration.ofMinutes(2));
    // when
    scene.tickAt("2026-03-02T10:01:00Z");
    int whileLeased = scene.gateway.sent().size();
    scene.tickAt("2026-03-02T10:02:00Z");
    // then
    assertThat(whileLeased).isZero();
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.SENT);
  }

  static NudgeJob.Settings settings(int pageSize, int bulkPerTick) {
    NudgeJob.Settings d = NudgeJob.Settings.defaults("test-1");
    return new NudgeJob.Settings(
        d.instance(),
        d.lease(),
        pageSize,
        d.urgentPerTick(),
        bulkPerTick,
        d.firstRetry(),
        d.maxRetry(),
        d.maxAttempts(),
        d.lateAfter(),
        d.groupAbove());
  }
}
