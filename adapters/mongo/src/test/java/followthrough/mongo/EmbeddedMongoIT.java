package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.contact.Contact;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoIT {

  @TempDir Path dir;

  /** Runs {@code use} on contacts stored in the server, through a client of its own. */
  private static <T> T withContacts(EmbeddedMongo mongo, Function<MongoContacts, T> use) {
    try (MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoDatabase db = client.getDatabase("followthrough");
      MongoSchema.ensure(db);
      return use.apply(new MongoContacts(db));
    }
  }

  @Test
  void keepsDataInTheFileAcrossARestart() {
    // given
    Path file = dir.resolve("data/nested/followthrough.mv");
    Contact anna = contact(ANNA, "c1", "Anna");
    try (EmbeddedMongo mongo = EmbeddedMongo.startFile(file)) {
      withContacts(mongo, contacts -> contacts.add(anna));
    }
    // when
    Optional<Contact> found;
    try (EmbeddedMongo restarted = EmbeddedMongo.startFile(file)) {
      found = withContacts(restarted, contacts -> contacts.find(ANNA, "c1"));
    }
    // then
    assertThat(found).contains(anna);
  }

  @Test
  void refusesToOpenAFileThatIsAlreadyOpen() {
    // given
    Path file = dir.resolve("followthrough.mv");
    try (EmbeddedMongo first = EmbeddedMongo.startFile(file)) {
      // when / then
      assertThatThrownBy(() -> EmbeddedMongo.startFile(file))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another Followthrough may be running on that file");
      assertThat(first.file()).contains(file.toAbsolutePath());
    }
  }

  @Test
  void startsInMemoryOnALoopbackPort() {
    // given / when
    try (EmbeddedMongo mongo = EmbeddedMongo.startInMemory()) {
      // then
      assertThat(mongo.connectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
      assertThat(mongo.file()).isEmpty();
      mongo.commit();
      long count = withContacts(mongo, contacts -> contacts.count(ANNA));
      assertThat(count).isZero();
    }
  }

  @Test
  void refusesACacheOfNoMegabytes() {
    // when / then
    assertThatThrownBy(() -> EmbeddedMongo.startFile(dir.resolve("data.mv"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
