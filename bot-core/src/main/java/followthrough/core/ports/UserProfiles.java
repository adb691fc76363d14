package followthrough.core.ports;

import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import java.util.Optional;

/** The users' own profiles. Thread-safe; the last save of a profile wins. */
public interface UserProfiles {

  /** The profile of a user, or empty before their first turn. */
  Optional<UserProfile> find(UserId id);

  /** Creates or replaces a user's profile. */
  void save(UserProfile profile);
}
