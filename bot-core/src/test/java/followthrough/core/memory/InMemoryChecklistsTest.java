package followthrough.core.memory;

import followthrough.core.ports.Checklists;
import followthrough.core.testkit.ChecklistsContract;

class InMemoryChecklistsTest extends ChecklistsContract {

  @Override
  protected Checklists newStore() {
    return new InMemoryChecklists();
  }
}
