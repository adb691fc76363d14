package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.DigestLog;
import followthrough.core.testkit.DigestLogContract;
import org.junit.jupiter.api.AfterEach;

class MongoDigestLogIT extends DigestLogContract {

  private MongoDatabase db;

  @Override
  protected DigestLog newStore() {
    db = TestMongo.freshSchema();
    return new MongoDigestLog(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
