package followthrough.core.memory;

import followthrough.core.ports.TeamChannels;
import followthrough.core.testkit.TeamChannelsContract;

class InMemoryTeamChannelsTest extends TeamChannelsContract {

  @Override
  protected TeamChannels newStore() {
    return new InMemoryTeamChannels();
  }
}
