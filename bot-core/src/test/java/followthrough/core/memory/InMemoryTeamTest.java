package followthrough.core.memory;

import followthrough.core.ports.Team;
import followthrough.core.testkit.TeamContract;

class InMemoryTeamTest extends TeamContract {

  @Override
  protected Team newStore() {
    return new InMemoryTeam();
  }
}
