package followthrough.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends messages through the limiter. Replies to the user are sent "patiently": a 429 is waited out
 * ({@code retry_after}) and sent again, network errors and 5xx are retried with doubling backoff,
 * up to a number of attempts. Nudges are sent once, and the outcome goes back to the nudge job,
 * which has its own retry with backoff. Thread-safe; blocks the calling worker thread, never the
 * polling thread.
 */
final class TelegramSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  /** One Bot API call. */
  @FunctionalInterface
  interface Call<T> {
    T execute(TelegramClient client) throws TelegramApiException;
  }

  /**
   * How patient a reply is.
   *
   * @param attempts tries per message in all
   * @param firstBackoff the wait after the first network or 5xx failure, doubled each time
   * @param longestRetryAfter the longest 429 wait honoured; a longer one fails the message
   */
  record Retries(int attempts, Duration firstBackoff, Duration longestRetryAfter) {
    static Retries defaults() {
      return new Retries(5, Duration.ofSeconds(1), Duration.ofMinutes(2));
    }
  }

  private final TelegramClient client;
  private final OutboundLimiter limiter;
  private final Sleeper sleeper;
  private final Retries retries;

  TelegramSender(TelegramClient client, OutboundLimiter limiter, Sleeper sleeper, Retries retries) {
    this.client = client;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.retries = retries;
  }

  /** Sends once through the limiter and says how it went. */
  <T> SendResult<T> once(long chatId, boolean group, Call<T> call) {
    OutboundLimiter.Permit permit;
    try {
      permit = limiter.acquire(chatId, group);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult<>(SendResult.Status.FAILED, null, null);
    }
    try {
      return direct(call);
    } finally {
      limiter.release(permit);
    }
  }

  /** Sends, waiting out 429s and retrying failures with backoff, up to the attempts. */
  <T> SendResult<T> patiently(long chatId, boolean group, Call<T> call) {
    Duration backoff = retries.firstBackoff();
    SendResult<T> result = once(chatId, group, call);
    for (int attempt = 1; attempt < retries.attempts(); attempt++) {
      Duration wait;
      if (result.status() == SendResult.Status.RATE_LIMITED
          && result.retryAfter() != null
          && result.retryAfter().compareTo(retries.longestRetryAfter()) <= 0) {
        wait = result.retryAfter();
      } else if (result.status() == SendResult.Status.FAILED) {
        wait = backoff;
        backoff = backoff.multipliedBy(2);
      } else {
        return result;
      }
      log.debug("Telegram call {}; trying again in {}", result.status(), wait);
      if (!pause(wait)) {
        return result;
      }
      result = once(chatId, group, call);
    }
    return result;
  }

  /** Calls without the limiter: for calls that send no message (answers to button presses). */
  <T> SendResult<T> direct(Call<T> call) {
    try {
      return SendResult.ok(call.execute(client));
    } catch (TelegramApiException e) {
      SendResult<T> result = SendResult.of(e);
      log.debug("Telegram call failed: {}", result.status(), e);
      return result;
    } catch (RuntimeException e) {
      log.warn("Telegram call failed unexpectedly", e);
      return new SendResult<>(SendResult.Status.FAILED, null, null);
    }
  }

  private boolean pause(Duration wait) {
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
