package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Events;
import followthrough.core.testkit.EventsContract;
import org.junit.jupiter.api.AfterEach;

class MongoEventsIT extends EventsContract {

  private MongoDatabase db;

  @Override
  protected Events newStore() {
    db = TestMongo.freshSchema();
    return new MongoEvents(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
