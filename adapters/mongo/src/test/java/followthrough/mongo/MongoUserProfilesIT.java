package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.UserProfiles;
import followthrough.core.testkit.UserProfilesContract;
import org.junit.jupiter.api.AfterEach;

class MongoUserProfilesIT extends UserProfilesContract {

  private MongoDatabase db;

  @Override
  protected UserProfiles newStore() {
    db = TestMongo.freshSchema();
    return new MongoUserProfiles(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
