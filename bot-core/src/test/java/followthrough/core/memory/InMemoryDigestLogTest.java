package followthrough.core.memory;

import followthrough.core.ports.DigestLog;
import followthrough.core.testkit.DigestLogContract;

class InMemoryDigestLogTest extends DigestLogContract {

  @Override
  protected DigestLog newStore() {
    return new InMemoryDigestLog();
  }
}
