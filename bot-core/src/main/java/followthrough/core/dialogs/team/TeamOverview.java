package followthrough.core.dialogs.team;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Activity;
import followthrough.core.ports.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sponsor's first line at a glance: counts at the top, then each member as active, quiet or
 * silent with the days since their last activity, new members marked. Built from the members'
 * chosen names and activity facts only: it never reads the members' contacts.
 */
final class TeamOverview {

  /** The most members listed one by one; the counts cover all. */
  static final int MAX_LISTED = 40;

  private final Team team;
  private final Activity activity;

  TeamOverview(Team team, Activity activity) {
    this.team = team;
    this.activity = activity;
  }

  /** The overview of the sponsor's first line at {@code now}, by their thresholds. */
  Reply of(UserId sponsor, SilenceRule rule, Instant now) {
    List<Member> line = team.firstLine(sponsor);
    if (line.isEmpty()) {
      return Reply.key("team.overview.empty").withRow(Choice.of("team.button.invite", "/invite"));
    }
    Map<UserId, ActivityFacts> facts = activity.findAll(line.stream().map(Member::id).toList());
    Map<SilenceRule.Standing, Integer> counts = new EnumMap<>(SilenceRule.Standing.class);
    List<Phrase> rows = new ArrayList<>();
    int fresh = 0;
    for (Member m : line) {
      ActivityFacts f = facts.get(m.id());
      Instant last =
          f == null || f.lastActiveAt().isBefore(m.joinedAt()) ? m.joinedAt() : f.lastActiveAt();
      SilenceRule.Standing standing = rule.standing(last, m.joinedAt(), now);
      counts.merge(standing, 1, Integer::sum);
      boolean isNew = SilenceRule.isNew(m.joinedAt(), now);
      fresh += isNew ? 1 : 0;
      if (rows.size() < MAX_LISTED) {
        rows.add(row(m, standing, SilenceRule.daysSince(last, now), isNew));
      }
    }
    return overview(line.size(), counts, fresh, rows);
  }

  private static Reply overview(
      int total, Map<SilenceRule.Standing, Integer> counts, int fresh, List<Phrase> rows) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "team.overview.counts",
            "total",
            total,
            "active",
            counts.getOrDefault(SilenceRule.Standing.ACTIVE, 0),
            "quiet",
            counts.getOrDefault(SilenceRule.Standing.QUIET, 0),
            "silent",
            counts.getOrDefault(SilenceRule.Standing.SILENT, 0),
            "new",
            fresh));
    paragraphs.addAll(rows);
    if (total > MAX_LISTED) {
      paragraphs.add(Phrase.of("team.overview.more", "count", total - MAX_LISTED));
    }
    return new Reply(paragraphs, List.of(), false)
        .withRow(Choice.of("team.button.invite", "/invite"));
  }

  private static Phrase counts(int total, Map<SilenceRule.Standing, Integer> counts, int fresh) {
    return Phrase.of(
        "team.overview.counts",
        "total",
        total,
        "active",
        counts.getOrDefault(SilenceRule.Standing.ACTIVE, 0),
        "quiet",
        counts.getOrDefault(SilenceRule.Standing.QUIET, 0),
        "silent",
        counts.getOrDefault(SilenceRule.Standing.SILENT, 0),
        "new",
        fresh);
  }

  private static Phrase row(Member m, SilenceRule.Standing standing, long days, boolean isNew) {
    String key = "team.overview." + standing.name().toLowerCase(Locale.ROOT);
    return Phrase.of(isNew ? key + ".new" : key, "name", Phrase.verbatim(m.name()), "days", days);
  }
}
