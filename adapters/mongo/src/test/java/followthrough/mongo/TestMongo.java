package followthrough.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;

/**
 * Gives integration tests a fresh database over the wire: on the MongoDB at {@code MONGODB_URI}
 * when that is set, otherwise on one in-memory {@link EmbeddedMongo} started once per JVM. Callers
 * drop the database when they are done.
 */
final class TestMongo {

  private static MongoClient client;

  private TestMongo() {}

  /** A new, empty database with a random name ({@code ft_it_<random>}). */
  static MongoDatabase freshDatabase() {
    String name = "ft_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return client().getDatabase(name);
  }

  /** A new, empty database with the schema in place. */
  static MongoDatabase freshSchema() {
    MongoDatabase db = freshDatabase();
    MongoSchema.ensure(db);
    return db;
  }

  private static synchronized MongoClient client() {
    if (client == null) {
      client = MongoClients.create(connectionString());
    }
    return client;
  }

  private static String connectionString() {
    String uri = System.getenv("MONGODB_URI");
    if (uri != null && !uri.isBlank()) {
      return uri;
    }
    EmbeddedMongo mongo = EmbeddedMongo.startInMemory();
    // One server for the whole test JVM; closed when the JVM exits.
    Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "embedded-mongo-stop"));
    return mongo.connectionString();
  }
}
