package followthrough.app;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Telegram runs when {@code followthrough.telegram.token} ({@code TELEGRAM_BOT_TOKEN}) is set. */
final class TelegramEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !context.getEnvironment().getProperty("followthrough.telegram.token", "").isBlank();
  }
}
