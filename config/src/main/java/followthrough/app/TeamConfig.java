package followthrough.app;

import followthrough.core.dialogs.checklist.SponsorOnboarding;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.Activity;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.DigestLog;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.ports.OnboardingProgress;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.Team;
import followthrough.core.ports.TeamChannels;
import followthrough.core.ports.TeamDigests;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.NudgeTexts;
import followthrough.core.scheduling.NudgeWording;
import followthrough.core.team.ActivityRecorder;
import followthrough.core.team.DigestBuilder;
import followthrough.core.team.JFreeDigestChart;
import followthrough.core.team.SilentMembersJob;
import followthrough.core.team.SponsorNudges;
import followthrough.core.team.TeamDigestJob;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Teams: the silent-member job and the texts of its nudges to sponsors, the leaders' digests and
 * their weekly job. The stores (and the decorators that count activity) are built in {@link
 * MongoConfig}; the dialogs in {@link CoreConfig}.
 */
@Configuration(proxyBeanMethods = false)
class TeamConfig {

  /** A member's onboarding progress: the checklist their sponsor runs for them. */
  @Bean
  OnboardingProgress onboardingProgress(Team team, Checklists checklists) {
    return new SponsorOnboarding(team, checklists);
  }

  /** The words of {@code SPONSOR} nudges, collected by {@link NudgeConfig}. */
  @Bean
  NudgeTexts.ForKinds sponsorNudgeTexts(
      Team team, Activity activity, OnboardingProgress onboarding) {
    return new NudgeTexts.ForKinds(
        Set.of(Nudge.Kind.SPONSOR), new SponsorNudges(team, activity, onboarding));
  }

  @Bean
  SilentMembersJob silentMembersJob(
      SilenceWatch watch,
      Team team,
      Activity activity,
      ActivityRecorder recorder,
      NudgePlanner planner,
      NudgeQueue queue,
      Clock clock) {
    return new SilentMembersJob(watch, team, activity, recorder, planner, queue, clock);
  }

  /** Digests with their chart, drawn headless by JFreeChart. */
  @Bean
  DigestBuilder teamDigests(Team team, Activity activity, UserProfiles profiles) {
    return new DigestBuilder(team, activity, profiles, new JFreeDigestChart());
  }

  @Bean
  TeamDigestJob teamDigestJob(
      TeamChannels channels,
      TeamDigests digests,
      DigestLog digestLog,
      UserProfiles profiles,
      ChatGateway gateway,
      Messages messages,
      Clock clock) {
    return new TeamDigestJob(
        channels, digests, digestLog, profiles, gateway, new NudgeWording(messages), clock);
  }
}
