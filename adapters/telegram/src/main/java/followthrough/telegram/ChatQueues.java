package followthrough.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a shared pool while keeping each chat's work in the order it came: a chat's next
 * task starts when its previous one ended, and different chats run side by side. A failing task is
 * logged and does not hold up the chat. Thread-safe.
 */
final class ChatQueues {

  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

  private final Executor pool;
  private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();

  ChatQueues(Executor pool) {
    this.pool = pool;
  }

  /** Queues the task behind the chat's earlier ones. */
  synchronized void submit(long chatId, Runnable task) {
    CompletableFuture<Void> previous =
        tails.getOrDefault(chatId, CompletableFuture.completedFuture(null));
    CompletableFuture<Void> next = previous.thenRunAsync(() -> run(task), pool);
    tails.put(chatId, next);
    next.whenComplete((done, failure) -> forget(chatId, next));
  }

  private synchronized void forget(long chatId, CompletableFuture<Void> finished) {
    tails.remove(chatId, finished);
  }

  private static void run(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.warn("A queued Telegram task failed", e);
    }
  }
}
