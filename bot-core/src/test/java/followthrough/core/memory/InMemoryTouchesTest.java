package followthrough.core.memory;

import followthrough.core.ports.Touches;
import followthrough.core.testkit.TouchesContract;

class InMemoryTouchesTest extends TouchesContract {

  @Override
  protected Touches newStore() {
    return new InMemoryTouches();
  }
}
