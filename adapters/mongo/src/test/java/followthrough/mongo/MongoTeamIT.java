package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Team;
import followthrough.core.testkit.TeamContract;
import org.junit.jupiter.api.AfterEach;

class MongoTeamIT extends TeamContract {

  private MongoDatabase db;

  @Override
  protected Team newStore() {
    db = TestMongo.freshSchema();
    return new MongoTeam(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
