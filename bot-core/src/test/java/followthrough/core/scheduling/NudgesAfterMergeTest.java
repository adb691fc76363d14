package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Platform;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What becomes of pending nudges when {@code /link} moves a user's data to another user. */
class NudgesAfterMergeTest {

  private static final String DUE =
      "fu:f1:" + Instant.parse("2026-03-02T10:00:00Z").getEpochSecond() + ":due";

  private final Scene scene = new Scene();

  @Test
  void dropsTheOldOwnersNudgeOfAMovedFollowUpUnsent() {
    // given: Anna's follow-up now belongs to Boris, nothing planned again
    scene.user(ANNA);
    scene.user(BORIS);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    moveAnnasDataToBoris();
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isZero();
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.CANCELLED);
  }

  @Test
  void remindsTheNewOwnerOnceHisNudgesArePlannedAgain() {
    // given: moved, then planned again for Boris as /link does
    scene.user(ANNA);
    scene.user(BORIS);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    moveAnnasDataToBoris();
    new NudgeChains(
            scene.storedFollowUps,
            scene.storedMeetings,
            new InMemoryChecklists(),
            new InMemoryEvents(),
            scene.planner,
            scene.queue,
            scene.clock)
        .accept(BORIS);
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.nudge(DUE).owner()).isEqualTo(BORIS);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.SENT);
    assertThat(scene.gateway.sent())
        .isNotEmpty()
        .allSatisfy(
            sent ->
                assertThat(sent.address())
                    .isEqualTo(new ConversationAddress(Platform.TELEGRAM, "1002")));
  }

  private void moveAnnasDataToBoris() {
    scene.contacts.moveOwner(ANNA, BORIS);
    scene.storedFollowUps.moveOwner(ANNA, BORIS);
  }
}
