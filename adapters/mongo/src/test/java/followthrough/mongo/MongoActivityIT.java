package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Activity;
import followthrough.core.testkit.ActivityContract;
import org.junit.jupiter.api.AfterEach;

class MongoActivityIT extends ActivityContract {

  private MongoDatabase db;

  @Override
  protected Activity newStore() {
    db = TestMongo.freshSchema();
    return new MongoActivity(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
