package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Contacts;
import followthrough.core.testkit.ContactsContract;
import org.junit.jupiter.api.AfterEach;

class MongoContactsIT extends ContactsContract {

  private MongoDatabase db;

  @Override
  protected Contacts newStore() {
    db = TestMongo.freshSchema();
    return new MongoContacts(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
