package followthrough.core.ports;

import followthrough.core.domain.team.Invite;
import followthrough.core.domain.user.UserId;
import java.util.Optional;

/** Sponsors' invites, by code. Thread-safe. */
public interface Invites {

  /** Stores a new invite; a code that exists already is refused (false), never overwritten. */
  boolean add(Invite invite);

  /** The invite with this code, or empty. */
  Optional<Invite> find(String code);

  /**
   * Revokes the sponsor's invite with this code.
   *
   * @return false when the sponsor has no invite with this code (another's is never touched)
   */
  boolean revoke(UserId sponsor, String code);
}
