package followthrough.core.memory;

import followthrough.core.ports.FollowUps;
import followthrough.core.testkit.FollowUpsContract;

class InMemoryFollowUpsTest extends FollowUpsContract {

  @Override
  protected FollowUps newStore() {
    return new InMemoryFollowUps();
  }
}
