package followthrough.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.ports.ProcessedUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedUpdates} store does; extended by the memory and MongoDB tests. */
public abstract class ProcessedUpdatesContract {

  private static final String BOT = "telegram:42";

  protected ProcessedUpdates updates;

  /** A new, empty store. */
  protected abstract ProcessedUpdates newStore();

  @BeforeEach
  void createStore() {
    updates = newStore();
  }

  @Test
  void anUpdateIsFirstSeenOnlyOnce() {
    // given
    boolean first = updates.firstSeen(BOT, 1000);

    // when
    boolean again = updates.firstSeen(BOT, 1000);

    // then
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(updates.firstSeen(BOT, 1001)).isTrue();
  }

  @Test
  void sourcesCountTheirIdsApart() {
    // given
    updates.firstSeen(BOT, 7);

    // when
    boolean otherBot = updates.firstSeen("telegram:43", 7);

    // then
    assertThat(otherBot).isTrue();
  }

  @Test
  void forgetsOnlyTheIdsBelowTheGivenOneOfThatSource() {
    // given
    for (long id = 1; id <= 12; id++) {
      updates.firstSeen(BOT, id);
    }
    updates.firstSeen("telegram:43", 3);

    // when
    updates.forgetBefore(BOT, 10);

    // then
    assertThat(updates.firstSeen(BOT, 3)).isTrue();
    assertThat(updates.firstSeen(BOT, 9)).isTrue();
    assertThat(updates.firstSeen(BOT, 10)).isFalse();
    assertThat(updates.firstSeen(BOT, 12)).isFalse();
    assertThat(updates.firstSeen("telegram:43", 3)).isFalse();
  }

  @Test
  void largeIdsKeepTheirOrderWhenForgetting() {
    // given
    updates.firstSeen(BOT, 99);
    updates.firstSeen(BOT, 1_000_000_000_000L);

    // when
    updates.forgetBefore(BOT, 100);

    // then
    assertThat(updates.firstSeen(BOT, 99)).isTrue();
    assertThat(updates.firstSeen(BOT, 1_000_000_000_000L)).isFalse();
  }

  @Test
  void refusesANegativeId() {
    assertThatThrownBy(() -> updates.firstSeen(BOT, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofRacingCallersExactlyOneSeesTheUpdateFirst() throws Exception {
    // given
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> updates.firstSeen(BOT, 555));
    }

    // when
    List<Future<Boolean>> results = pool.invokeAll(calls);
    pool.shutdown();

    // then
    long winners = 0;
    for (Future<Boolean> result : results) {
      winners += result.get() ? 1 : 0;
    }
    assertThat(winners).isEqualTo(1);
  }
}
