package followthrough.core.domain.user;

import java.util.Objects;

/**
 * Identifies one user of the bot across all their data. Today it is derived from the platform and
 * the platform's user id ({@code telegram:123}); linking accounts later maps several platform
 * identities to one id.
 */
public record UserId(String value) {

  public UserId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a user id must not be blank");
    }
  }

  /** The id of a user as seen on one platform, for example {@code of("telegram", "123")}. */
  public static UserId of(String platform, String platformUserId) {
    return new UserId(platform + ":" + platformUserId);
  }

  @Override
  public String toString() {
    return value;
  }
}
