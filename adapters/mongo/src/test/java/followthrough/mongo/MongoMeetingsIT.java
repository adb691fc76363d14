package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Meetings;
import followthrough.core.testkit.MeetingsContract;
import org.junit.jupiter.api.AfterEach;

class MongoMeetingsIT extends MeetingsContract {

  private MongoDatabase db;

  @Override
  protected Meetings newStore() {
    db = TestMongo.freshSchema();
    return new MongoMeetings(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
