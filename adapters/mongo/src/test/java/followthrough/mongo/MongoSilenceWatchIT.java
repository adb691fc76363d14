package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.testkit.SilenceWatchContract;
import org.junit.jupiter.api.AfterEach;

class MongoSilenceWatchIT extends SilenceWatchContract {

  private MongoDatabase db;

  @Override
  protected SilenceWatch newStore() {
    db = TestMongo.freshSchema();
    return new MongoSilenceWatch(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
