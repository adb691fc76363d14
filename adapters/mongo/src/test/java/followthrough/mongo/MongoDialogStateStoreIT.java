package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.key;
import static followthrough.core.testkit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.testkit.DialogStateStoreContract;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoDialogStateStoreIT extends DialogStateStoreContract {

  private MongoDatabase db;

  @Override
  protected DialogStateStore newStore() {
    db = TestMongo.freshSchema();
    return new MongoDialogStateStore(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }

  @Test
  void storesSlotsAsKeyValuePairsAndNeverAsFieldNames() {
    // given
    Map<String, String> slots = Map.of("$set", "x", "a.b", "y");
    // when
    store.save(state(key("1"), "NAME", slots));
    // then
    Document stored = db.getCollection(MongoDialogStateStore.COLLECTION).find().first();
    assertThat(stored.getList("slots", Document.class))
        .containsExactlyInAnyOrder(
            new Document("k", "$set").append("v", "x"), new Document("k", "a.b").append("v", "y"));
    assertThat(stored.getLong("revision")).isEqualTo(1L);
    assertThat(stored.getString("_id")).isEqualTo(key("1").asId());
  }
}
