package followthrough.core.domain.team;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a first-line member counts as gone quiet: silent after {@code newDays} without activity
 * while they are new (their first {@link #NEW_PERIOD}), after {@code laterDays} afterwards; quiet
 * from half of that on. Days are counted as 24 hours from the last activity (or the joining, before
 * any). The sponsor sets both numbers in {@code /settings}.
 */
public record SilenceRule(int newDays, int laterDays) {

  /** How long a member counts as new. */
  public static final Duration NEW_PERIOD = Duration.ofDays(30);

  /** 5 days while new, 14 afterwards. */
  public static final SilenceRule DEFAULT = new SilenceRule(5, 14);

  public SilenceRule {
    if (newDays < 1 || laterDays < 1) {
      throw new IllegalArgumentException("silent after at least one day");
    }
  }

  /** The thresholds a sponsor set in {@code /settings}. */
  public static SilenceRule of(followthrough.core.domain.user.Preferences preferences) {
    return new SilenceRule(preferences.silentNewDays(), preferences.silentLaterDays());
  }

  /** Where a member stands. */
  public enum Standing {
    ACTIVE,
    QUIET,
    SILENT
  }

  /** Whether a member who joined at {@code joinedAt} is still new at {@code now}. */
  public static boolean isNew(Instant joinedAt, Instant now) {
    return now.isBefore(joinedAt.plus(NEW_PERIOD));
  }

  /** Whole days between the last activity and now (0 on the same 24 hours). */
  public static long daysSince(Instant lastActive, Instant now) {
    return Math.max(0, Duration.between(lastActive, now).toDays());
  }

  /** The first instant at which a member without further activity counts as silent. */
  public Instant silentAt(Instant lastActive, Instant joinedAt) {
    Instant whileNew = lastActive.plus(Duration.ofDays(newDays));
    return isNew(joinedAt, whileNew) ? whileNew : lastActive.plus(Duration.ofDays(laterDays));
  }

  /** The UTC day on which a member becomes silent; the silent-member job files them under it. */
  public LocalDate silentDay(Instant lastActive, Instant joinedAt) {
    return silentAt(lastActive, joinedAt).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Where the member stands at {@code now}. */
  public Standing standing(Instant lastActive, Instant joinedAt, Instant now) {
    if (!now.isBefore(silentAt(lastActive, joinedAt))) {
      return Standing.SILENT;
    }
    int threshold = isNew(joinedAt, now) ? newDays : laterDays;
    return daysSince(lastActive, now) >= (threshold + 1) / 2 ? Standing.QUIET : Standing.ACTIVE;
  }
}
