package followthrough.app;

import followthrough.console.ConsoleChat;
import followthrough.console.ConsoleChatGateway;
import followthrough.console.ConsoleClock;
import followthrough.console.ConsoleRenderer;
import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.Platform;
import followthrough.core.scheduling.PlatformGateways;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The terminal chat: standard input and output in UTF-8, the movable clock for {@code :advance},
 * and {@code :tick} running the scheduled jobs. When standard input is not a terminal (a piped
 * script), typed lines are echoed so the output reads as a transcript.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConsoleEnabled.class)
class ConsoleConfig {

  static final String RUNNER = "consoleChatRunner";

  /** The system clock, or one that started at {@code followthrough.console.start} and runs on. */
  @Bean
  ConsoleClock consoleClock(FollowthroughProperties properties) {
    Instant start = properties.console().start();
    Clock system = Clock.systemUTC();
    Clock base =
        start == null ? system : Clock.offset(system, Duration.between(system.instant(), start));
    return new ConsoleClock(base);
  }

  @Bean
  PrintWriter consoleOut() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  @Bean
  ConsoleRenderer consoleRenderer() {
    return new ConsoleRenderer();
  }

  /** Nudges for the terminal chat's users are printed into it. */
  @Bean
  PlatformGateways.Route consoleGateway(PrintWriter consoleOut, ConsoleRenderer renderer) {
    return new PlatformGateways.Route(
        Platform.CONSOLE, new ConsoleChatGateway(consoleOut, renderer));
  }

  @Bean(RUNNER)
  ApplicationRunner consoleChatRunner(
      ConversationEngine engine,
      ConsoleClock clock,
      PrintWriter consoleOut,
      ConsoleRenderer renderer,
      SchedulingConfig.JobRunner jobs) {
    return args -> {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      boolean piped = System.console() == null;
      // the gateway shares the writer and the renderer, so nudges never break into a message
      // and their buttons can be answered by number
      new ConsoleChat(in, consoleOut, engine, clock, jobs, piped, renderer).run();
    };
  }
}
