package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Invites;
import followthrough.core.testkit.InvitesContract;
import org.junit.jupiter.api.AfterEach;

class MongoInvitesIT extends InvitesContract {

  private MongoDatabase db;

  @Override
  protected Invites newStore() {
    db = TestMongo.freshSchema();
    return new MongoInvites(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
