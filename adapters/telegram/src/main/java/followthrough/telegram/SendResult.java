package followthrough.telegram;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * How one Bot API call went, read from the library's answer or exception.
 *
 * @param result the call's result when it went through, else null
 * @param retryAfter the wait Telegram asked for on a 429, else null
 */
record SendResult<T>(Status status, @Nullable T result, @Nullable Duration retryAfter) {

  /** The kinds of outcome that callers treat differently. */
  enum Status {
    /** Telegram accepted the call. */
    OK,
    /** 429: wait {@link #retryAfter} and try again. */
    RATE_LIMITED,
    /** 403, or the chat is gone: the user blocked the bot or left; do not retry. */
    UNREACHABLE,
    /** Network, 5xx, an unreadable answer or a timeout: the outcome is unknown, retry later. */
    FAILED,
    /** Another 4xx: this call will never work (for example an edit of a too old message). */
    REJECTED
  }

  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  static <T> SendResult<T> ok(T result) {
    return new SendResult<>(Status.OK, result, null);
  }

  /** Reads an exception of {@code TelegramClient.execute}. */
  static <T> SendResult<T> of(TelegramApiException e) {
    if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null) {
      return new SendResult<>(Status.FAILED, null, null);
    }
    int code = request.getErrorCode();
    if (code == 429) {
      Integer seconds =
          request.getParameters() == null ? null : request.getParameters().getRetryAfter();
      Duration wait = seconds == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
      return new SendResult<>(Status.RATE_LIMITED, null, wait);
    }
    if (code == 403 || (code == 400 && chatGone(request.getApiResponse()))) {
      return new SendResult<>(Status.UNREACHABLE, null, null);
    }
    if (code == 0 || code >= 500) {
      return new SendResult<>(Status.FAILED, null, null);
    }
    return new SendResult<>(Status.REJECTED, null, null);
  }

  private static boolean chatGone(@Nullable String description) {
    return description != null && description.toLowerCase(Locale.ROOT).contains("chat not found");
  }

  boolean ok() {
    return status == Status.OK;
  }
}
