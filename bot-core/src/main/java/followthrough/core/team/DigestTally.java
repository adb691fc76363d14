package followthrough.core.team;

import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.team.WeekCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a digest, added up member by member as the line streams past: standings, counts
 * per week, and the names of those who went silent in the reported week. Holds counts and at most
 * {@link #MAX_NAMES} names, never the line. Not thread-safe (one per digest).
 */
final class DigestTally {

  static final int MAX_NAMES = 20;

  private final SilenceRule rule;
  private final Instant now;
  private final List<LocalDate> weeks;
  private final LocalDate reported;
  private final Map<SilenceRule.Standing, Integer> standings =
      new EnumMap<>(SilenceRule.Standing.class);
  private final WeekCounts[] perWeek;
  private final List<String> wentSilent = new ArrayList<>();
  private int members;
  private int moreSilent;

  /** A tally over {@code weeks} (Mondays, oldest first; the last one is the reported week). */
  DigestTally(SilenceRule rule, Instant now, List<LocalDate> weeks) {
    this.rule = rule;
    this.now = now;
    this.weeks = List.copyOf(weeks);
    this.reported = weeks.get(weeks.size() - 1);
    this.perWeek = new WeekCounts[weeks.size()];
    java.util.Arrays.fill(perWeek, WeekCounts.NONE);
  }

  /** Adds one member of the line with their facts (null: never active). */
  void add(Member member, @Nullable ActivityFacts facts) {
    members++;
    Instant last =
        facts == null
            ? member.joinedAt()
            : ActivityRecorder.latest(facts.lastActiveAt(), member.joinedAt());
    SilenceRule.Standing standing = rule.standing(last, member.joinedAt(), now);
    standings.merge(standing, 1, Integer::sum);
    if (facts != null) {
      for (int i = 0; i < weeks.size(); i++) {
        perWeek[i] = perWeek[i].add(facts.week(weeks.get(i)));
      }
    }
    LocalDate silentDay =
        rule.silentAt(last, member.joinedAt()).atZone(ZoneOffset.UTC).toLocalDate();
    boolean inReportedWeek =
        !silentDay.isBefore(reported) && silentDay.isBefore(reported.plusDays(7));
    if (standing == SilenceRule.Standing.SILENT && inReportedWeek) {
      if (wentSilent.size() < MAX_NAMES) {
        wentSilent.add(member.name());
      } else {
        moreSilent++;
      }
    }
  }

  int members() {
    return members;
  }

  int standing(SilenceRule.Standing standing) {
    return standings.getOrDefault(standing, 0);
  }

  /** The counts of the week at this index of {@code weeks}. */
  WeekCounts week(int index) {
    return perWeek[index];
  }

  List<String> wentSilent() {
    return List.copyOf(wentSilent);
  }

  int moreSilent() {
    return moreSilent;
  }
}
