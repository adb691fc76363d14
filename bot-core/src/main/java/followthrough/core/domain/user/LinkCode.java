package followthrough.core.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code a user asked for on one platform, to enter on another so that both platform
 * identities become one user.
 *
 * @param code the code, normalized (upper case, no separators)
 * @param user the user who asked for it
 * @param expiresAt after this instant the code no longer works
 */
public record LinkCode(String code, UserId user, Instant expiresAt) {

  public LinkCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "LinkCode[***, user=" + user + ", expiresAt=" + expiresAt + "]";
  }
}
