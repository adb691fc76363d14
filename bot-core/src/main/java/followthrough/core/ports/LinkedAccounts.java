package followthrough.core.ports;

import followthrough.core.domain.user.LinkCode;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Which platform identities belong to one user, so that a user with accounts on Telegram and
 * Discord sees the same contacts and plans on both. The engine resolves every turn's identity to
 * its user once; {@code /link} creates and redeems the one-time codes that join two identities.
 * Implementations are thread-safe.
 */
public interface LinkedAccounts {

  /**
   * The user an identity belongs to: the user it was linked to (following links made later from
   * that user on), or the identity itself when it was never linked.
   */
  UserId canonical(UserId identity);

  /** Makes the identity belong to the user from now on; replaces an earlier link. */
  void link(UserId identity, UserId user);

  /** Keeps a code until it is redeemed or expires. */
  void saveCode(LinkCode code);

  /**
   * Takes a code: the user who asked for it when it exists and has not expired at {@code now}.
   * Either way the code is gone afterwards, so it works at most once, even for two racing callers.
   */
  Optional<UserId> redeem(String code, Instant now);
}
