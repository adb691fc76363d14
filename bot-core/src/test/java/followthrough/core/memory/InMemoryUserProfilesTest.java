package followthrough.core.memory;

import followthrough.core.ports.UserProfiles;
import followthrough.core.testkit.UserProfilesContract;

class InMemoryUserProfilesTest extends UserProfilesContract {

  @Override
  protected UserProfiles newStore() {
    return new InMemoryUserProfiles();
  }
}
