package followthrough.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the application, bound from {@code followthrough.*} properties or the
 * environment (see application.properties and the README for the variables).
 *
 * @param dataDir where the embedded store keeps its file when no MongoDB URI is set
 */
@ConfigurationProperties("followthrough")
public record FollowthroughProperties(
    @DefaultValue Mongo mongo,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Dialog dialog,
    @DefaultValue Scheduler scheduler,
    @DefaultValue Console console,
    @DefaultValue Platform telegram,
    @DefaultValue Platform discord) {

  /**
   * @param uri a MongoDB connection string; blank means the embedded store
   * @param database the database used when the URI names none
   */
  public record Mongo(
      @DefaultValue("") String uri, @DefaultValue("followthrough") String database) {
    public boolean embedded() {
      return uri.isBlank();
    }
  }

  /**
   * @param timeout how long an idle dialog lives
   * @param maxInputLength the longest text handed to dialogs, in characters
   */
  public record Dialog(
      @DefaultValue("24h") Duration timeout, @DefaultValue("2000") int maxInputLength) {}

  /**
   * @param tick the pause between two runs of the scheduled jobs
   */
  public record Scheduler(@DefaultValue("30s") Duration tick) {}

  /**
   * @param enabled {@code auto} (on when no platform token is set), {@code true} or {@code false}
   * @param start where the terminal chat's clock starts (then it runs on normally), or null for
   *     now; makes trial transcripts repeatable
   */
  public record Console(@DefaultValue("auto") String enabled, @Nullable Instant start) {}

  /**
   * @param token the platform's bot token; blank leaves the platform off
   */
  public record Platform(@DefaultValue("") String token) {
    public boolean configured() {
      return !token.isBlank();
    }

    @Override
    public String toString() {
      return configured() ? "Platform[token=***]" : "Platform[off]";
    }
  }
}
