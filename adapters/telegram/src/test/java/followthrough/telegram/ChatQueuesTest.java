package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

  /** Runs tasks only when told, in the order given, to show what the queues hand over. */
  private static final class ManualExecutor implements Executor {
    final List<Runnable> pending = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
      pending.add(task);
    }

    synchronized Runnable take() {
      return pending.remove(0);
    }
  }

  @Test
  void aChatsTasksRunOneAfterAnotherWhileOtherChatsRunAlongside() {
    // given
    ManualExecutor pool = new ManualExecutor();
    ChatQueues queues = new ChatQueues(pool);
    List<String> ran = new ArrayList<>();

    // when
    queues.submit(1, () -> ran.add("1a"));
    queues.submit(1, () -> ran.add("1b"));
    queues.submit(2, () -> ran.add("2a"));

    // then: the second task of chat 1 waits for the first, chat 2 does not
    assertThat(pool.pending).hasSize(2);
    pool.take().run();
    pool.take().run();
    assertThat(ran).containsExactly("1a", "2a");
    assertThat(pool.pending).hasSize(1);
    pool.take().run();
    assertThat(ran).containsExactly("1a", "2a", "1b");
  }

  @Test
  void aFailingTaskDoesNotHoldUpTheChat() {
    // given
    ManualExecutor pool = new ManualExecutor();
    ChatQueues queues = new ChatQueues(pool);
    List<String> ran = new ArrayList<>();

    // when
    queues.submit(
        1,
        () -> {
          throw new IllegalStateException("boom");
        });
    queues.submit(1, () -> ran.add("after"));
    pool.take().run();
    pool.take().run();

    // then
    assertThat(ran).containsExactly("after");
  }
}
