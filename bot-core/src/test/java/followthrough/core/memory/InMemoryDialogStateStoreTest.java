package followthrough.core.memory;

import followthrough.core.ports.DialogStateStore;
import followthrough.core.testkit.DialogStateStoreContract;

class InMemoryDialogStateStoreTest extends DialogStateStoreContract {

  @Override
  protected DialogStateStore newStore() {
    return new InMemoryDialogStateStore();
  }
}
