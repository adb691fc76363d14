package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.testkit.ChecklistTemplatesContract;
import org.junit.jupiter.api.AfterEach;

class MongoChecklistTemplatesIT extends ChecklistTemplatesContract {

  private MongoDatabase db;

  @Override
  protected ChecklistTemplates newStore() {
    db = TestMongo.freshSchema();
    return new MongoChecklistTemplates(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
