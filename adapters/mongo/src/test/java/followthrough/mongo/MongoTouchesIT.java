package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Touches;
import followthrough.core.testkit.TouchesContract;
import org.junit.jupiter.api.AfterEach;

class MongoTouchesIT extends TouchesContract {

  private MongoDatabase db;

  @Override
  protected Touches newStore() {
    db = TestMongo.freshSchema();
    return new MongoTouches(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
