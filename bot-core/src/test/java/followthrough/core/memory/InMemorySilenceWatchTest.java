package followthrough.core.memory;

import followthrough.core.ports.SilenceWatch;
import followthrough.core.testkit.SilenceWatchContract;

class InMemorySilenceWatchTest extends SilenceWatchContract {

  @Override
  protected SilenceWatch newStore() {
    return new InMemorySilenceWatch();
  }
}
