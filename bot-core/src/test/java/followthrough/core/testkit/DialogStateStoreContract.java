package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.T0;
import static followthrough.core.testkit.Fixtures.key;
import static followthrough.core.testkit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Platform;
import followthrough.core.dialog.DialogState;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.RevisionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DialogStateStore} does; extended by the memory and MongoDB tests. */
public abstract class DialogStateStoreContract {

  protected DialogStateStore store;

  /** A new, empty store. */
  protected abstract DialogStateStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void savesANewStateAtRevisionOneAndLoadsItBack() {
    // given
    DialogState state = state(key("1"), "NAME", Map.of("id", "c1", "name", "Anna"));
    // when
    DialogState saved = store.save(state);
    // then
    assertThat(saved.revision()).isEqualTo(1);
    assertThat(store.load(key("1"))).contains(saved);
  }

  @Test
  void loadsNothingForAnUnknownConversation() {
    assertThat(store.load(key("nobody"))).isEmpty();
  }

  @Test
  void refusesASaveBasedOnAnOldRevision() {
    // given
    DialogState first = store.save(state(key("1"), "NAME", Map.of()));
    store.save(first);
    // when / then
    assertThatThrownBy(() -> store.save(first)).isInstanceOf(RevisionConflictException.class);
  }

  @Test
  void refusesANewStateWhenOneExistsAlready() {
    // given
    store.save(state(key("1"), "NAME", Map.of()));
    // when / then
    assertThatThrownBy(() -> store.save(state(key("1"), "RUNG", Map.of())))
        .isInstanceOf(RevisionConflictException.class);
    assertThat(store.load(key("1")).orElseThrow().step()).isEqualTo("NAME");
  }

  @Test
  void deletesAStateAtItsCurrentRevision() {
    // given
    DialogState saved = store.save(state(key("1"), "NAME", Map.of()));
    // when
    store.delete(key("1"), saved.revision());
    // then
    assertThat(store.load(key("1"))).isEmpty();
  }

  @Test
  void refusesADeleteBasedOnAnOldRevision() {
    // given
    DialogState first = store.save(state(key("1"), "NAME", Map.of()));
    store.save(first);
    // when / then
    assertThatThrownBy(() -> store.delete(key("1"), first.revision()))
        .isInstanceOf(RevisionConflictException.class);
    assertThat(store.load(key("1"))).isPresent();
  }

  @Test
  void deletingNothingAtRevisionZeroIsFine() {
    store.delete(key("nobody"), 0);
    assertThat(store.load(key("nobody"))).isEmpty();
  }

  @Test
  void keepsConversationsApartByPlatformChatAndUser() {
    // given
    ConversationKey telegram = new ConversationKey(Platform.TELEGRAM, "5", "7");
    ConversationKey discord = new ConversationKey(Platform.DISCORD, "5", "7");
    ConversationKey group = new ConversationKey(Platform.TELEGRAM, "-100", "7");
    // when
    store.save(state(telegram, "NAME", Map.of()));
    store.save(state(discord, "RUNG", Map.of()));
    // then
    assertThat(store.load(telegram).orElseThrow().step()).isEqualTo("NAME");
    assertThat(store.load(discord).orElseThrow().step()).isEqualTo("RUNG");
    assertThat(store.load(group)).isEmpty();
  }

  @Test
  void keepsSlotValuesExactlyAsTyped() {
    // given
    Map<String, String> slots =
        Map.of(
            "name", "$set.{\"a\"}<b>'Ö' 🙂",
            "note", "שלום עולם\nline two",
            "handle", "a.b$c@example.org");
    // when
    store.save(state(key("1"), "NOTE", slots));
    // then
    assertThat(store.load(key("1")).orElseThrow().slots()).isEqualTo(slots);
  }

  @Test
  void removesOnlyExpiredStates() {
    // given
    store.save(state(key("old"), "NAME", Map.of()));
    DialogState fresh =
        new DialogState(
            key("new"), "logcontact", 1, "NAME", Map.of(), 0, T0, T0.plus(Duration.ofDays(2)));
    store.save(fresh);
    // when
    int removed = store.deleteExpired(T0.plus(Duration.ofDays(1)).minusSeconds(1));
    int removedLater = store.deleteExpired(T0.plus(Duration.ofDays(1)));
    // then
    assertThat(removed).isZero();
    assertThat(removedLater).isEqualTo(1);
    assertThat(store.load(key("old"))).isEmpty();
    assertThat(store.load(key("new"))).isPresent();
  }

  @Test
  void letsOnlyOneOfManyRacingSavesWin() throws Exception {
    // given
    DialogState base = store.save(state(key("1"), "NAME", Map.of()));
    int racers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        String step = "STEP" + i;
        Callable<Boolean> race =
            () -> {
              go.await();
              try {
                store.save(
                    new DialogState(
                        base.key(),
                        "logcontact",
                        1,
                        step,
                        Map.of(),
                        base.revision(),
                        T0,
                        base.expiresAt()));
                return true;
              } catch (RevisionConflictException e) {
                return false;
              }
            };
        results.add(pool.submit(race));
      }
      // when
      go.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      // then
      assertThat(wins).isEqualTo(1);
      assertThat(store.load(key("1")).orElseThrow().revision()).isEqualTo(base.revision() + 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
