package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.LeaderRoles;
import followthrough.core.testkit.LeaderRolesContract;
import org.junit.jupiter.api.AfterEach;

class MongoLeaderRolesIT extends LeaderRolesContract {

  private MongoDatabase db;

  @Override
  protected LeaderRoles newStore() {
    db = TestMongo.freshSchema();
    return new MongoLeaderRoles(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
