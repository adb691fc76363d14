package followthrough.app;

import followthrough.telegram.TelegramStartException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed Telegram start (a malformed or rejected token, an unreachable API) into the one
 * sentence the adapter wrote, instead of a stack trace. Registered in {@code
 * META-INF/spring.factories}.
 */
final class TelegramStartFailureAnalyzer extends AbstractFailureAnalyzer<TelegramStartException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, TelegramStartException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the Telegram settings (README, \"Run on Telegram\"), or unset TELEGRAM_BOT_TOKEN to"
            + " run without Telegram.",
        cause);
  }
}
