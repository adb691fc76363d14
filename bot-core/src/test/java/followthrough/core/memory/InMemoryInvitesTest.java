package followthrough.core.memory;

import followthrough.core.ports.Invites;
import followthrough.core.testkit.InvitesContract;

class InMemoryInvitesTest extends InvitesContract {

  @Override
  protected Invites newStore() {
    return new InMemoryInvites();
  }
}
