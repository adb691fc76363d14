package followthrough.core.team;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.team.WeekCounts;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Activity;
import followthrough.core.ports.Team;
import followthrough.core.ports.TeamDigests;
import followthrough.core.ports.UserProfiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a leader's digest over everyone under their line (all levels): the line is streamed from
 * {@link Team#forEachInLine} and its facts read in batches of {@link #BATCH}, so memory holds one
 * batch, never the tree. Reports the last completed week (Monday to Sunday, UTC) against the week
 * before: standings by the leader's thresholds, follow-ups done, new contacts logged, meetings kept
 * and missed, the names (as members chose them) of those who went silent, and a chart of the last
 * {@link #WEEKS} weeks. No revenue figures: the facts hold none. Thread-safe.
 */
public final class DigestBuilder implements TeamDigests {

  static final int WEEKS = 8;
  static final int BATCH = 500;

  private final Team team;
  private final Activity activity;
  private final UserProfiles profiles;
  private final DigestChart chart;

  public DigestBuilder(Team team, Activity activity, UserProfiles profiles, DigestChart chart) {
    this.team = team;
    this.activity = activity;
    this.profiles = profiles;
    this.chart = chart;
  }

  @Override
  public Reply digest(UserId leader, Instant now) {
    LocalDate reported = ActivityFacts.weekOf(now).minusWeeks(1);
    List<LocalDate> weeks = new ArrayList<>();
    for (int i = WEEKS - 1; i >= 0; i--) {
      weeks.add(reported.minusWeeks(i));
    }
    SilenceRule rule =
        profiles
            .find(leader)
            .map(UserProfile::preferences)
            .map(SilenceRule::of)
            .orElse(SilenceRule.DEFAULT);
    DigestTally tally = new DigestTally(rule, now, weeks);
    List<Member> batch = new ArrayList<>();
    team.forEachInLine(
        leader,
        m -> {
          batch.add(m);
          if (batch.size() == BATCH) {
            flush(batch, tally);
          }
        });
    flush(batch, tally);
    if (tally.members() == 0) {
      return Reply.key("team.digest.empty");
    }
    return words(tally, reported).withImage(picture(tally, weeks));
  }

  private void flush(List<Member> batch, DigestTally tally) {
    if (batch.isEmpty()) {
      return;
    }
    Map<UserId, ActivityFacts> facts = activity.findAll(batch.stream().map(Member::id).toList());
    batch.forEach(m -> tally.add(m, facts.get(m.id())));
    batch.clear();
  }

  private static Reply words(DigestTally tally, LocalDate reported) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "team.digest.title",
            "from",
            reported,
            "until",
            reported.plusDays(6),
            "members",
            tally.members()));
    paragraphs.add(
        Phrase.of(
            "team.digest.standings",
            "active",
            tally.standing(SilenceRule.Standing.ACTIVE),
            "quiet",
            tally.standing(SilenceRule.Standing.QUIET),
            "silent",
            tally.standing(SilenceRule.Standing.SILENT)));
    paragraphs.addAll(work(tally.week(WEEKS - 1), tally.week(WEEKS - 2)));
    paragraphs.add(silent(tally));
    return new Reply(paragraphs, List.of(), false);
  }

  /** Follow-ups, contacts and meetings of the week against the week before. */
  private static List<Phrase> work(WeekCounts now, WeekCounts before) {
    return List.of(
        Phrase.of(
            "team.digest.work",
            "followUps",
            now.followUpsDone(),
            "followUpsBefore",
            before.followUpsDone(),
            "contacts",
            now.contactsLogged(),
            "contactsBefore",
            before.contactsLogged()),
        Phrase.of(
            "team.digest.meetings",
            "kept",
            now.meetingsKept(),
            "missed",
            now.meetingsMissed(),
            "keptBefore",
            before.meetingsKept(),
            "missedBefore",
            before.meetingsMissed()));
  }

  private static Phrase silent(DigestTally tally) {
    if (tally.wentSilent().isEmpty()) {
      return Phrase.of("team.digest.noneSilent");
    }
    Phrase names = Phrase.verbatim(String.join(", ", tally.wentSilent()));
    return tally.moreSilent() == 0
        ? Phrase.of("team.digest.wentSilent", "names", names)
        : Phrase.of("team.digest.wentSilentMore", "names", names, "more", tally.moreSilent());
  }

  private Image picture(DigestTally tally, List<LocalDate> weeks) {
    List<Integer> totals = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      totals.add(tally.week(i).total());
    }
    return new Image("digest-" + weeks.get(weeks.size() - 1) + ".png", chart.render(weeks, totals));
  }
}
