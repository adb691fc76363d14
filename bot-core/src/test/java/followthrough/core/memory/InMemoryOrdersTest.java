package followthrough.core.memory;

import followthrough.core.ports.Orders;
import followthrough.core.testkit.OrdersContract;

class InMemoryOrdersTest extends OrdersContract {

  @Override
  protected Orders newStore() {
    return new InMemoryOrders();
  }
}
