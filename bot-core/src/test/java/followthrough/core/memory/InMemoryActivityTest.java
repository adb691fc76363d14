package followthrough.core.memory;

import followthrough.core.ports.Activity;
import followthrough.core.testkit.ActivityContract;

class InMemoryActivityTest extends ActivityContract {

  @Override
  protected Activity newStore() {
    return new InMemoryActivity();
  }
}
