package followthrough.core.domain.team;

import followthrough.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sponsor's invite: a code a new partner opens (Telegram deep link) or types ({@code /join
 * <code>}) to join the sponsor's first line. Codes carry at least 96 random bits, so they cannot be
 * guessed; they expire and can be revoked.
 *
 * @param code {@code [A-Za-z0-9_-]}, at most 64 characters (Telegram's start payload)
 * @param sponsorName the name the sponsor chose for the invitee to see
 */
public record Invite(
    String code,
    UserId sponsor,
    String sponsorName,
    Instant createdAt,
    Instant expiresAt,
    boolean revoked) {

  /** How long an invite is valid by default. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public Invite {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(sponsorName, "sponsorName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("an invite code is [A-Za-z0-9_-], at most 64 characters");
    }
  }

  /** A new invite valid for {@link #VALIDITY}. */
  public static Invite issue(String code, UserId sponsor, String sponsorName, Instant now) {
    return new Invite(code, sponsor, sponsorName, now, now.plus(VALIDITY), false);
  }

  /** Whether a text can be a code at all (checked before any lookup). */
  public static boolean isWellFormed(String text) {
    return CODE.matcher(text).matches();
  }

  /** Whether it can still be used at {@code now}: not revoked and not expired. */
  public boolean usableAt(Instant now) {
    return !revoked && now.isBefore(expiresAt);
  }

  /** This invite, revoked. */
  public Invite revoke() {
    return new Invite(code, sponsor, sponsorName, createdAt, expiresAt, true);
  }
}
