package followthrough.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoSchemaIT {

  private final MongoDatabase db = TestMongo.freshDatabase();

  @AfterEach
  void dropDatabase() {
    db.drop();
  }

  private List<Document> indexKeys(String collection) {
    return db.getCollection(collection)
        .listIndexes()
        .map(i -> i.get("key", Document.class))
        .into(new ArrayList<>());
  }

  private static Document byContact(String field, int direction) {
    return new Document("owner", 1).append("contactId", 1).append(field, direction);
  }

  @Test
  void createsTheCollectionsAndIndexesAndCanRunAgain() {
    // given
    MongoSchema.ensure(db);
    // when
    MongoSchema.ensure(db);
    // then
    assertThat(db.listCollectionNames().into(new ArrayList<>()))
        .contains(
            "contacts",
            "dialog_states",
            "user_profiles",
            "touches",
            "orders",
            "follow_ups",
            "meetings",
            "nudges_urgent",
            "nudges_bulk",
            "nudge_subjects");
    assertThat(indexKeys("contacts")).contains(new Document("owner", 1).append("nameKey", 1));
    assertThat(indexKeys("dialog_states")).contains(new Document("expiresAt", 1));
    assertThat(indexKeys("touches")).contains(byContact("at", -1));
    assertThat(indexKeys("orders"))
        .contains(byContact("at", -1), new Document("owner", 1).append("at", -1));
    assertThat(indexKeys("follow_ups"))
        .contains(
            byContact("dueAt", 1), new Document("owner", 1).append("status", 1).append("dueAt", 1));
    assertThat(indexKeys("meetings"))
        .contains(byContact("at", -1), new Document("owner", 1).append("at", 1));
    for (String lane : List.of("nudges_urgent", "nudges_bulk")) {
      assertThat(indexKeys(lane))
          .contains(
              new Document("_id", 1).append("claimableAt", 1),
              new Document("status", 1).append("claimableAt", 1));
    }
  }

  @Test
  void keepsExistingDataWhenRunAgain() {
    // given
    MongoSchema.ensure(db);
    db.getCollection("user_profiles").insertOne(new Document("_id", "telegram:1"));
    // when
    MongoSchema.ensure(db);
    // then
    assertThat(db.getCollection("user_profiles").countDocuments()).isEqualTo(1);
  }
}
