package followthrough.core.memory;

import followthrough.core.ports.Events;
import followthrough.core.testkit.EventsContract;

class InMemoryEventsTest extends EventsContract {

  @Override
  protected Events newStore() {
    return new InMemoryEvents();
  }
}
