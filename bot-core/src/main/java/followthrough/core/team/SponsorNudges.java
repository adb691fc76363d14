package followthrough.core.team;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.team.SponsorButtons;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Activity;
import followthrough.core.ports.OnboardingProgress;
import followthrough.core.ports.Team;
import followthrough.core.scheduling.Composition;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgeComposer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Words a {@code SPONSOR} nudge: who went quiet, for how long, how new they are, their onboarding
 * progress if any, and a suggested opening line about the person and their next step (never about
 * sales or revenue), with the buttons I reached out, Plan a check-in and Snooze a week. Moot when
 * the member was active since the nudge was planned, left the sponsor's first line, or is no longer
 * silent by the sponsor's current thresholds. Reads only activity facts: nothing of the member's
 * contacts. Thread-safe.
 */
public final class SponsorNudges implements NudgeComposer {

  private final Team team;
  private final Activity activity;
  private final OnboardingProgress onboarding;

  public SponsorNudges(Team team, Activity activity, OnboardingProgress onboarding) {
    this.team = team;
    this.activity = activity;
    this.onboarding = onboarding;
  }

  /** The id of the nudge of one silent period ({@code snoozedTo}: the day of a snoozed one). */
  static String nudgeId(UserId member, Instant lastActive, @Nullable LocalDate snoozedTo) {
    String id = "sp:" + member.value() + ":" + lastActive.getEpochSecond();
    return snoozedTo == null ? id : id + ":" + snoozedTo;
  }

  @Override
  public Composition compose(Nudge nudge, UserProfile profile, Instant now) {
    Optional<Member> found = team.find(new UserId(nudge.subjectId()));
    if (found.isEmpty() || !found.get().sponsor().equals(nudge.owner())) {
      return Composition.moot(List.of());
    }
    Member member = found.get();
    Instant last =
        ActivityRecorder.latest(
            activity.find(member.id()).map(ActivityFacts::lastActiveAt).orElse(member.joinedAt()),
            member.joinedAt());
    SilenceRule rule = SilenceRule.of(profile.preferences());
    boolean samePeriod = nudge.id().startsWith(nudgeId(member.id(), last, null));
    if (!samePeriod || rule.standing(last, member.joinedAt(), now) != SilenceRule.Standing.SILENT) {
      return Composition.moot(List.of());
    }
    long days = SilenceRule.daysSince(last, now);
    Phrase name = Phrase.verbatim(member.name());
    return Composition.of(
        message(member, name, days, now),
        Phrase.of("team.nudge.line", "name", name, "days", days),
        List.of());
  }

  private Reply message(Member member, Phrase name, long days, Instant now) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(Phrase.of("team.nudge.silent", "name", name, "days", days));
    long joined = SilenceRule.daysSince(member.joinedAt(), now);
    boolean isNew = SilenceRule.isNew(member.joinedAt(), now);
    paragraphs.add(Phrase.of(isNew ? "team.nudge.new" : "team.nudge.since", "days", joined));
    onboarding
        .of(member.id())
        .ifPresent(
            p ->
                paragraphs.add(
                    Phrase.of("team.nudge.onboarding", "done", p.done(), "total", p.total())));
    paragraphs.add(
        Phrase.of(isNew ? "team.nudge.opening.new" : "team.nudge.opening.later", "name", name));
    return new Reply(paragraphs, SponsorButtons.forMember(member.id()), false);
  }
}
