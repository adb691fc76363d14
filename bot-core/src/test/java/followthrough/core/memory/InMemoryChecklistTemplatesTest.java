package followthrough.core.memory;

import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.testkit.ChecklistTemplatesContract;

class InMemoryChecklistTemplatesTest extends ChecklistTemplatesContract {

  @Override
  protected ChecklistTemplates newStore() {
    return new InMemoryChecklistTemplates();
  }
}
