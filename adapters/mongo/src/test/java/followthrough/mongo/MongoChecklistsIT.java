package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Checklists;
import followthrough.core.testkit.ChecklistsContract;
import org.junit.jupiter.api.AfterEach;

class MongoChecklistsIT extends ChecklistsContract {

  private MongoDatabase db;

  @Override
  protected Checklists newStore() {
    db = TestMongo.freshSchema();
    return new MongoChecklists(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
