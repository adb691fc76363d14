package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar with a malformed Telegram token: it stops with one sentence. */
class TelegramTokenIT {

  @TempDir Path workDir;

  @Test
  void aMalformedTokenStopsTheStartWithOneSentenceAndNoStackTrace() throws Exception {
    // given
    Path jar = Path.of("target", "followthrough.jar").toAbsolutePath();
    assertThat(jar).as("the boot jar is built in the package phase").exists();
    Path errors = workDir.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString()))
            .directory(workDir.toFile())
            .redirectOutput(workDir.resolve("stdout.txt").toFile())
            .redirectError(errors.toFile());
    builder.environment().remove("MONGODB_URI");
    builder.environment().remove("DISCORD_TOKEN");
    builder.environment().remove("TELEGRAM_WEBHOOK_URL");
    builder.environment().put("TELEGRAM_BOT_TOKEN", "not-a-token");

    // when
    Process process = builder.start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }

    // then
    String err = Files.readString(errors, StandardCharsets.UTF_8);
    assertThat(ended).as("stderr:%n%s", err).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(err).contains("TELEGRAM_BOT_TOKEN is not a bot token");
    assertThat(err)
        .doesNotContain("\tat ")
        .doesNotContain("BeanCreationException")
        .doesNotContain("not-a-token");
  }
}
