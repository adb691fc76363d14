package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.LinkedAccounts;
import followthrough.core.testkit.LinkedAccountsContract;
import org.junit.jupiter.api.AfterEach;

class MongoLinkedAccountsIT extends LinkedAccountsContract {

  private MongoDatabase db;

  @Override
  protected LinkedAccounts newStore() {
    db = TestMongo.freshSchema();
    return new MongoLinkedAccounts(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
