package followthrough.core.memory;

import followthrough.core.ports.Contacts;
import followthrough.core.testkit.ContactsContract;

class InMemoryContactsTest extends ContactsContract {

  @Override
  protected Contacts newStore() {
    return new InMemoryContacts();
  }
}
