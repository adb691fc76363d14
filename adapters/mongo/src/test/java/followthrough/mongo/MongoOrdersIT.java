package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.Orders;
import followthrough.core.testkit.OrdersContract;
import org.junit.jupiter.api.AfterEach;

class MongoOrdersIT extends OrdersContract {

  private MongoDatabase db;

  @Override
  protected Orders newStore() {
    db = TestMongo.freshSchema();
    return new MongoOrders(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }
}
