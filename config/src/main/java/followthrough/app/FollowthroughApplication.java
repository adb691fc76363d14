package followthrough.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Followthrough. In terminal-chat mode the chat runs on the main thread during start-up and
 * the process ends when the chat ends (end of input or {@code :quit}); otherwise the platform
 * adapters keep it running.
 */
@SpringBootApplication
@EnableConfigurationProperties(FollowthroughProperties.class)
public class FollowthroughApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context =
        SpringApplication.run(FollowthroughApplication.class, args);
    if (context.containsBean(ConsoleConfig.RUNNER)) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
