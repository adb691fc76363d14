package followthrough.app;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The terminal chat is on when {@code followthrough.console.enabled} is {@code true}, off when it
 * is {@code false}, and with {@code auto} (the default) on exactly when no Telegram or Discord
 * token is configured.
 */
final class ConsoleEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment env = context.getEnvironment();
    String enabled = env.getProperty("followthrough.console.enabled", "auto").strip();
    if (enabled.equalsIgnoreCase("true") || enabled.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(enabled);
    }
    return blank(env, "followthrough.telegram.token") && blank(env, "followthrough.discord.token");
  }

  private static boolean blank(Environment env, String property) {
    return env.getProperty(property, "").isBlank();
  }
}
