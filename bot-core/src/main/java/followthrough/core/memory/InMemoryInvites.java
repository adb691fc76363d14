package followthrough.core.memory;

import followthrough.core.domain.team.Invite;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Invites;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Invites} in a map, for tests and the terminal chat; thread-safe by locking. */
public final class InMemoryInvites implements Invites {

  private final Map<String, Invite> invites = new HashMap<>();

  @Override
  public synchronized boolean add(Invite invite) {
    return invites.putIfAbsent(invite.code(), invite) == null;
  }

  @Override
  public synchronized Optional<Invite> find(String code) {
    return Optional.ofNullable(invites.get(code));
  }

  @Override
  public synchronized boolean revoke(UserId sponsor, String code) {
    Invite invite = invites.get(code);
    if (invite == null || !invite.sponsor().equals(sponsor)) {
      return false;
    }
    invites.put(code, invite.revoke());
    return true;
  }
}
