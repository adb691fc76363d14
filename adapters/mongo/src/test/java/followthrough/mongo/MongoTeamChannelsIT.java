package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.TeamChannels;
import followthrough.core.testkit.TeamChannelsContract;
import org.junit.jupiter.api.AfterEach;

class MongoTeamChannelsIT extends TeamChannelsContract {

  private MongoDatabase db;

  @Override
  protected TeamChannels newStore() {
    db = TestMongo.freshSchema();
    return new MongoTeamChannels(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
