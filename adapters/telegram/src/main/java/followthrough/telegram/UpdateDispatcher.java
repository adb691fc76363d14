package followthrough.telegram;

import followthrough.core.ports.ProcessedUpdates;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from long polling or the webhook: drops an update whose id was processed before (so
 * a re-delivery after a restart changes nothing), reads it with {@link UpdateMapper}, and queues
 * the work per chat, so the caller's thread returns at once and each chat's updates run in order.
 * Keeps the processed ids bounded by forgetting those far below the newest. Never throws.
 */
final class UpdateDispatcher {

  private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

  /** How many recent update ids are kept; Telegram keeps unconfirmed updates for 24 hours. */
  static final long KEPT_IDS = 100_000;

  /** Forget old ids every this many updates rather than on each one. */
  private static final long FORGET_EVERY = 1_000;

  private final String source;
  private final ProcessedUpdates processed;
  private final UpdateMapper mapper;
  private final UpdateHandler handler;
  private final ChatQueues queues;
  private final Executor pool;

  UpdateDispatcher(
      String source,
      ProcessedUpdates processed,
      UpdateMapper mapper,
      UpdateHandler handler,
      Executor pool) {
    this.source = source;
    this.processed = processed;
    this.mapper = mapper;
    this.handler = handler;
    this.queues = new ChatQueues(pool);
    this.pool = pool;
  }

  /** Handles the update once, on a worker thread. */
  void dispatch(Update update) {
    try {
      Integer id = update.getUpdateId();
      if (id != null && !processed.firstSeen(source, id)) {
        log.debug("Update {} was handled before; skipped", id);
        return;
      }
      if (id != null && id % FORGET_EVERY == 0 && id > KEPT_IDS) {
        processed.forgetBefore(source, id - KEPT_IDS);
      }
      Incoming incoming = mapper.map(update);
      Long chatId = incoming.queue();
      if (chatId == null) {
        pool.execute(() -> handler.handle(incoming));
      } else {
        queues.submit(chatId, () -> handler.handle(incoming));
      }
    } catch (RuntimeException e) {
      log.warn("A Telegram update could not be dispatched", e);
    }
  }
}
