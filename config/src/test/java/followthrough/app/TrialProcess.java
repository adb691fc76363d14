package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built boot jar the way the README does, as its own process with a piped script on
 * standard input, in a working directory of the test's choosing (so {@code ./data} is the test's
 * own), and returns what it printed on standard output.
 */
final class TrialProcess {

  /** The trial clock's start, a Monday morning, so transcripts with dates are repeatable. */
  static final String START = "2026-03-02T09:00:00Z";

  private static final Path JAR = Path.of("target", "followthrough.jar").toAbsolutePath();

  private TrialProcess() {}

  /** The transcript of running the jar with this script, after checking it exited cleanly. */
  static String run(Path workDir, String script) throws IOException, InterruptedException {
    assertThat(JAR).as("the boot jar is built in the package phase").exists();
    Path input = Files.createTempFile(workDir, "script", ".txt");
    Files.writeString(input, script, StandardCharsets.UTF_8);
    Path output = workDir.resolve("stdout-" + System.nanoTime() + ".txt");
    Path errors = workDir.resolve("stderr-" + System.nanoTime() + ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toString()))
            .directory(workDir.toFile())
            .redirectInput(input.toFile())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile());
    Map<String, String> env = builder.environment();
    env.remove("MONGODB_URI");
    env.remove("TELEGRAM_BOT_TOKEN");
    env.remove("DISCORD_TOKEN");
    env.remove("FOLLOWTHROUGH_DATA_DIR");
    env.put("FOLLOWTHROUGH_CONSOLE_START", START);
    Process process = builder.start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String err = Files.readString(errors, StandardCharsets.UTF_8);
    assertThat(ended).as("the trial ends at the end of its input; stderr:%n%s", err).isTrue();
    assertThat(process.exitValue()).as("exit code; stderr:%n%s", err).isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** What the process logged on standard error in its last run in this directory. */
  static String lastErrors(Path workDir) throws IOException {
    try (var files = Files.list(workDir)) {
      Path last =
          files
              .filter(f -> f.getFileName().toString().startsWith("stderr-"))
              .max(java.util.Comparator.comparing(Path::toString))
              .orElseThrow();
      return Files.readString(last, StandardCharsets.UTF_8);
    }
  }
}
