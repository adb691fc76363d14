package followthrough.app;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Discord runs when {@code followthrough.discord.token} (DISCORD_TOKEN) is set. */
final class DiscordEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !context.getEnvironment().getProperty("followthrough.discord.token", "").isBlank();
  }
}
