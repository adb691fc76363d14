package followthrough.core.memory;

import followthrough.core.ports.ProcessedUpdates;
import followthrough.core.testkit.ProcessedUpdatesContract;

class InMemoryProcessedUpdatesTest extends ProcessedUpdatesContract {

  @Override
  protected ProcessedUpdates newStore() {
    return new InMemoryProcessedUpdates();
  }
}
