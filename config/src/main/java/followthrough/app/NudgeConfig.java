package followthrough.app;

import followthrough.core.i18n.Messages;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.ChecklistTexts;
import followthrough.core.scheduling.EventTexts;
import followthrough.core.scheduling.FinishedNudgesJob;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgeChains;
import followthrough.core.scheduling.NudgeJob;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.NudgeTexts;
import followthrough.core.scheduling.PlatformGateways;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nudges: the planner that turns follow-ups and meetings into nudges (the stores are wrapped in
 * {@link MongoConfig} so that every change re-plans or cancels them), and the job that sends what
 * is due through the platform's {@link ChatGateway}.
 */
@Configuration(proxyBeanMethods = false)
class NudgeConfig {

  private static final Logger log = LoggerFactory.getLogger(NudgeConfig.class);

  @Bean
  NudgePlanner nudgePlanner(UserProfiles profiles, Clock clock) {
    return new NudgePlanner(profiles, clock);
  }

  /**
   * Sends through the gateway of each running platform (each platform's configuration adds its
   * route); with none running, sends fail and wait with backoff until one runs.
   */
  @Bean
  ChatGateway chatGateway(List<PlatformGateways.Route> routes) {
    if (routes.isEmpty()) {
      log.warn("No chat platform runs here: nudges wait until one does");
    }
    return new PlatformGateways(routes);
  }

  /** The words of the checklist stall nudge. */
  @Bean
  NudgeTexts.ForKinds checklistTexts(
      Checklists checklists, Contacts contacts, NudgePlanner planner) {
    return new NudgeTexts.ForKinds(
        Set.of(Nudge.Kind.CHECKLIST_STALLED), new ChecklistTexts(checklists, contacts, planner));
  }

  /** The words of event reminders. */
  @Bean
  NudgeTexts.ForKinds eventTexts(Events events, Contacts contacts) {
    return new NudgeTexts.ForKinds(
        Set.of(Nudge.Kind.EVENT_DAY_BEFORE, Nudge.Kind.EVENT_SOON),
        new EventTexts(events, contacts));
  }

  @Bean
  NudgeJob nudgeJob(
      NudgeQueue queue,
      NudgePlanner planner,
      FollowUps followUps,
      Meetings meetings,
      Contacts contacts,
      UserProfiles profiles,
      ChatGateway gateway,
      List<NudgeTexts.ForKinds> otherTexts,
      Messages messages,
      Clock clock) {
    String instance = "app-" + UUID.randomUUID().toString().substring(0, 8);
    return new NudgeJob(
        queue,
        new NudgeTexts(followUps, meetings, contacts, planner, otherTexts),
        planner,
        profiles,
        gateway,
        messages,
        clock,
        NudgeJob.Settings.defaults(instance));
  }

  @Bean
  NudgeChains nudgeChains(
      FollowUps followUps,
      Meetings meetings,
      Checklists checklists,
      Events events,
      NudgePlanner planner,
      NudgeQueue queue,
      Clock clock) {
    return new NudgeChains(followUps, meetings, checklists, events, planner, queue, clock);
  }

  /** Deletes finished nudges a month after they were due, at most every 6 hours. */
  @Bean
  FinishedNudgesJob finishedNudgesJob(NudgeQueue queue, Clock clock) {
    return new FinishedNudgesJob(queue, clock, Duration.ofDays(30), Duration.ofHours(6));
  }
}
