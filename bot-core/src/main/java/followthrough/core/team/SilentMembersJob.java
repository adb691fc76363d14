package followthrough.core.team;

import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Activity;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.SilenceWatch.Filing;
import followthrough.core.ports.Team;
import followthrough.core.scheduling.Job;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgePlanner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the first-line members who fell silent and plans one {@code SPONSOR} nudge per silent
 * period for their sponsor, at the sponsor's next agenda hour. Each run reads the days of the
 * {@link SilenceWatch} that passed since the last run, in one query (a member falls silent on the
 * day they are filed under), checks each filing against the member's facts (active since: filed
 * again under the new day, or dropped; a member who left: dropped), then forgets those days.
 *
 * <p>The nudge id is {@code sp:<member>:<last activity, epoch seconds>}: one silent period, one
 * nudge, however often a run is repeated; a snoozed one adds the day it was snoozed to. A raised
 * threshold is honoured at once (the member is filed again), a lowered one from the member's next
 * activity on. Idempotent; a failure is logged and the days are tried again at the next run.
 */
public final class SilentMembersJob implements Job {

  /** How far back the first run looks. */
  static final int FIRST_RUN_DAYS = 60;

  private static final Logger log = LoggerFactory.getLogger(SilentMembersJob.class);

  private final SilenceWatch watch;
  private final Team team;
  private final Activity activity;
  private final ActivityRecorder recorder;
  private final NudgePlanner planner;
  private final NudgeQueue queue;
  private final Clock clock;

  public SilentMembersJob(
      SilenceWatch watch,
      Team team,
      Activity activity,
      ActivityRecorder recorder,
      NudgePlanner planner,
      NudgeQueue queue,
      Clock clock) {
    this.watch = watch;
    this.team = team;
    this.activity = activity;
    this.recorder = recorder;
    this.planner = planner;
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "silent-members";
  }

  @Override
  public void runOnce() {
    try {
      run();
    } catch (RuntimeException e) {
      log.warn("Silent-member check failed; it is tried again at the next run", e);
    }
  }

  /** Handles the days that passed since the last run; returns how many nudges it planned. */
  public int run() {
    Instant now = clock.instant();
    LocalDate yesterday = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    LocalDate from =
        watch.handledThrough().map(d -> d.plusDays(1)).orElse(yesterday.minusDays(FIRST_RUN_DAYS));
    if (from.isAfter(yesterday)) {
      return 0;
    }
    List<Filing> due = watch.due(from, yesterday);
    Map<UserId, ActivityFacts> facts =
        activity.findAll(due.stream().map(Filing::member).distinct().toList());
    int planned = 0;
    for (Filing filing : due) {
      if (handle(filing, Optional.ofNullable(facts.get(filing.member())), yesterday)) {
        planned++;
      }
    }
    for (LocalDate day = from; !day.isAfter(yesterday); day = day.plusDays(1)) {
      watch.clear(day);
    }
    watch.handledThrough(yesterday);
    return planned;
  }

  private boolean handle(Filing filing, Optional<ActivityFacts> facts, LocalDate through) {
    Optional<Member> found = team.find(filing.member());
    if (found.isEmpty()) {
      return false;
    }
    Member member = found.get();
    Instant last =
        ActivityRecorder.latest(
            facts.map(ActivityFacts::lastActiveAt).orElse(member.joinedAt()), member.joinedAt());
    SilenceRule rule = recorder.ruleOf(member.sponsor());
    LocalDate silentDay = rule.silentDay(last, member.joinedAt());
    if (silentDay.isAfter(through)) {
      if (!filing.snoozed()) {
        watch.file(new Filing(member.id(), silentDay, false));
      }
      return false;
    }
    String id = SponsorNudges.nudgeId(member.id(), last, filing.snoozed() ? filing.day() : null);
    Instant at = planner.nextMorning(member.sponsor());
    queue.schedule(
        Nudge.pending(id, member.sponsor(), Nudge.Kind.SPONSOR, member.id().value(), at));
    return true;
  }
}
