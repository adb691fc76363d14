package followthrough.core.memory;

import followthrough.core.ports.NudgeQueue;
import followthrough.core.testkit.NudgeQueueContract;

class InMemoryNudgeQueueTest extends NudgeQueueContract {

  @Override
  protected NudgeQueue newQueue() {
    return new InMemoryNudgeQueue();
  }
}
