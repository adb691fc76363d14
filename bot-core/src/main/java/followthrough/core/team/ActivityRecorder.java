package followthrough.core.team;

import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.Activity;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.SilenceWatch.Filing;
import followthrough.core.ports.Team;
import followthrough.core.ports.UserProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a user's activity and, for a first-line member, moves them in the {@link SilenceWatch} to
 * the day they would now fall silent. A member active several times a day is filed once: only the
 * first activity of a day moves them. Called by the store decorators after a successful write;
 * thread-safe as far as the ports are.
 */
public final class ActivityRecorder {

  private static final Logger log = LoggerFactory.getLogger(ActivityRecorder.class);

  private final Activity activity;
  private final Team team;
  private final SilenceWatch watch;
  private final UserProfiles profiles;
  private final Clock clock;

  public ActivityRecorder(
      Activity activity, Team team, SilenceWatch watch, UserProfiles profiles, Clock clock) {
    this.activity = activity;
    this.team = team;
    this.watch = watch;
    this.profiles = profiles;
    this.clock = clock;
  }

  /**
   * Counts one activity of the user now. A failure is logged and swallowed: the fact the user
   * recorded is saved already, and a missed count must not turn their turn into an apology.
   */
  public void recordNow(UserId user, ActivityKind kind) {
    try {
      record(user, kind, clock.instant());
    } catch (RuntimeException e) {
      log.warn("Could not count an activity of kind {}; the schedule goes on", kind, e);
    }
  }

  /** Counts one activity of the user at {@code at}. */
  public void record(UserId user, ActivityKind kind, Instant at) {
    Optional<Instant> before = activity.record(user, kind, at);
    Optional<Member> member = team.find(user);
    if (member.isEmpty()) {
      return;
    }
    Member m = member.get();
    SilenceRule rule = ruleOf(m.sponsor());
    Instant previous = latest(before.orElse(m.joinedAt()), m.joinedAt());
    LocalDate was = rule.silentDay(previous, m.joinedAt());
    LocalDate now = rule.silentDay(latest(previous, at), m.joinedAt());
    if (!was.equals(now)) {
      watch.file(new Filing(user, now, false));
      watch.unfile(new Filing(user, was, false));
    }
  }

  /** Files a member who just joined under the day they would fall silent without activity. */
  public void joined(Member member) {
    Instant last =
        activity
            .find(member.id())
            .map(f -> latest(f.lastActiveAt(), member.joinedAt()))
            .orElse(member.joinedAt());
    LocalDate day = ruleOf(member.sponsor()).silentDay(last, member.joinedAt());
    watch.file(new Filing(member.id(), day, false));
  }

  /** The sponsor's thresholds, defaults while they have no profile. */
  SilenceRule ruleOf(UserId sponsor) {
    Preferences p = profiles.find(sponsor).map(UserProfile::preferences).orElse(null);
    return p == null ? SilenceRule.DEFAULT : SilenceRule.of(p);
  }

  static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
