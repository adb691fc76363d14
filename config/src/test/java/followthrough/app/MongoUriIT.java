package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Platform;
import followthrough.mongo.EmbeddedMongo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a MongoDB URI set, the application uses that server and nothing else: no embedded store, no
 * data file. The server is {@code MONGODB_URI} when the environment names one, else a separate
 * MongoDB-compatible server started by the test.
 */
@SpringBootTest(properties = "followthrough.console.enabled=false")
class MongoUriIT {

  private static final String ENV_URI = System.getenv("MONGODB_URI");
  private static final EmbeddedMongo SERVER =
      ENV_URI == null || ENV_URI.isBlank() ? EmbeddedMongo.startInMemory() : null;
  private static final String URI = SERVER != null ? SERVER.connectionString() : ENV_URI;
  private static final String DATABASE = "ft_it_" + UUID.randomUUID().toString().substring(0, 8);
  private static final Path DATA_DIR = Path.of("target", "mongo-uri-it-data");

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("followthrough.mongo.uri", () -> URI);
    registry.add("followthrough.mongo.database", () -> DATABASE);
    registry.add("followthrough.data-dir", DATA_DIR::toString);
  }

  @AfterAll
  static void stop() {
    try (MongoClient client = MongoClients.create(URI)) {
      client.getDatabase(DATABASE).drop();
    }
    if (SERVER != null) {
      SERVER.close();
    }
  }

  @Autowired ConversationEngine engine;
  @Autowired ApplicationContext context;

  @Test
  void keepsContactsInTheConfiguredServerAndStartsNoEmbeddedStore() {
    // given
    ConversationKey key = new ConversationKey(Platform.TELEGRAM, "42", "42");
    // when
    for (String line : new String[] {"/contact Олег", "from the gym", "", ""}) {
      engine.handle(Inbound.typed(key, "ru", line));
    }
    engine.handle(Inbound.pressed(key, "ru", "rung:PROSPECT", null));
    engine.handle(Inbound.pressed(key, "ru", "skip", null));
    engine.handle(Inbound.pressed(key, "ru", "skip", null));
    engine.handle(Inbound.pressed(key, "ru", "fu:none", null));
    engine.handle(Inbound.pressed(key, "ru", "save", null));
    // then
    try (MongoClient client = MongoClients.create(URI)) {
      Document stored = client.getDatabase(DATABASE).getCollection("contacts").find().first();
      assertThat(stored).isNotNull();
      assertThat(stored.getString("name")).isEqualTo("Олег");
      assertThat(stored.getString("owner")).isEqualTo("telegram:42");
    }
    assertThat(Files.exists(DATA_DIR)).isFalse();
    assertThat(context.containsBean(ConsoleConfig.RUNNER)).isFalse();
  }
}
