package followthrough.core.memory;

import followthrough.core.ports.LeaderRoles;
import followthrough.core.testkit.LeaderRolesContract;

class InMemoryLeaderRolesTest extends LeaderRolesContract {

  @Override
  protected LeaderRoles newStore() {
    return new InMemoryLeaderRoles();
  }
}
