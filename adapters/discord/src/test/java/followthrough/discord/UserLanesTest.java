package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class UserLanesTest {

  /** Runs queued work only when told, so the test decides the order. */
  private static final class ManualPool implements Executor {
    final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable work) {
      queued.add(work);
    }

    synchronized void runNext() {
      queued.poll().run();
    }

    synchronized int size() {
      return queued.size();
    }
  }

  private final ManualPool pool = new ManualPool();
  private final UserLanes lanes = new UserLanes(pool);
  private final List<String> done = new ArrayList<>();

  @Test
  void startsAUsersNextWorkOnlyAfterTheirEarlierWork() {
    // given
    lanes.submit("anna", () -> done.add("anna-1"));
    lanes.submit("anna", () -> done.add("anna-2"));
    // when
    int queuedBefore = pool.size();
    pool.runNext();
    // then
    assertThat(queuedBefore).isEqualTo(1);
    assertThat(done).containsExactly("anna-1");
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void runsDifferentUsersSideBySide() {
    // when
    lanes.submit("anna", () -> done.add("anna"));
    lanes.submit("boris", () -> done.add("boris"));
    // then
    assertThat(pool.size()).isEqualTo(2);
  }

  @Test
  void goesOnWithAUsersWorkAfterEarlierWorkFailed() {
    // given
    lanes.submit(
        "anna",
        () -> {
          throw new IllegalStateException("boom");
        });
    lanes.submit("anna", () -> done.add("anna-2"));
    // when
    pool.runNext();
    pool.runNext();
    // then
    assertThat(done).containsExactly("anna-2");
  }
}
