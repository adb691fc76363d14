package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.FollowUps;
import followthrough.core.testkit.FollowUpsContract;
import org.junit.jupiter.api.AfterEach;

class MongoFollowUpsIT extends FollowUpsContract {

  private MongoDatabase db;

  @Override
  protected FollowUps newStore() {
    db = TestMongo.freshSchema();
    return new MongoFollowUps(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
