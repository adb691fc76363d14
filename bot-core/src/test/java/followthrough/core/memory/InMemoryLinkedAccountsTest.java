package followthrough.core.memory;

import followthrough.core.ports.LinkedAccounts;
import followthrough.core.testkit.LinkedAccountsContract;

class InMemoryLinkedAccountsTest extends LinkedAccountsContract {

  @Override
  protected LinkedAccounts newStore() {
    return new InMemoryLinkedAccounts();
  }
}
