package followthrough.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off JDA's event thread on a shared pool, one user's work in the order it arrived (so
 * two quick presses of one user never race on their dialog), different users in parallel. Work that
 * throws is logged and does not stop the user's later work. Thread-safe.
 */
final class UserLanes {

  private static final Logger log = LoggerFactory.getLogger(UserLanes.class);

  private final Executor pool;
  private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  UserLanes(Executor pool) {
    this.pool = pool;
  }

  /** Queues the work behind the user's earlier work. */
  void submit(String userId, Runnable work) {
    CompletableFuture<Void> next =
        tails.compute(
            userId,
            (user, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                    .thenRunAsync(() -> safely(work), pool));
    next.whenComplete((ok, failed) -> tails.remove(userId, next));
  }

  private static void safely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.warn("Handling a Discord interaction failed", e);
    }
  }
}
