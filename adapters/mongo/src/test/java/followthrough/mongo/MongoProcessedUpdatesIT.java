package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.ProcessedUpdates;
import followthrough.core.testkit.ProcessedUpdatesContract;
import org.junit.jupiter.api.AfterEach;

class MongoProcessedUpdatesIT extends ProcessedUpdatesContract {

  private MongoDatabase db;

  @Override
  protected ProcessedUpdates newStore() {
    db = TestMongo.freshSchema();
    return new MongoProcessedUpdates(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
