package followthrough.app;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.dialogs.checkin.PlanCheckInDialog;
import followthrough.core.dialogs.checklist.ChecklistDialog;
import followthrough.core.dialogs.checklist.TeamTemplates;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.event.EventDialog;
import followthrough.core.dialogs.invite.InviteDialog;
import followthrough.core.dialogs.join.JoinDialog;
import followthrough.core.dialogs.join.JoinOffer;
import followthrough.core.dialogs.link.AccountMerge;
import followthrough.core.dialogs.link.LinkAccountsDialog;
import followthrough.core.dialogs.logcontact.LogContactDialog;
import followthrough.core.dialogs.meeting.PlanMeetingDialog;
import followthrough.core.dialogs.noshow.RecordNoShowDialog;
import followthrough.core.dialogs.nudge.NudgeActionsDialog;
import followthrough.core.dialogs.order.RecordOrderDialog;
import followthrough.core.dialogs.settings.SettingsDialog;
import followthrough.core.dialogs.start.StartDialog;
import followthrough.core.dialogs.team.SponsorNudgeDialog;
import followthrough.core.dialogs.team.TeamDialog;
import followthrough.core.dialogs.today.TodayDialog;
import followthrough.core.dialogs.touch.LogTouchDialog;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.Activity;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.DeepLinks;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.Events;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Invites;
import followthrough.core.ports.LinkedAccounts;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import followthrough.core.ports.RandomIdGenerator;
import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.Team;
import followthrough.core.ports.TeamDigests;
import followthrough.core.ports.Touches;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.ExpiredDialogsJob;
import followthrough.core.scheduling.NudgeChains;
import followthrough.telegram.TelegramDeepLinks;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The core: clock, texts, dialogs (listed by hand), the engine and the core's jobs. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

  /** The terminal chat's movable clock when it runs, else the system clock in UTC. */
  @Bean
  Clock clock(ObjectProvider<followthrough.console.ConsoleClock> consoleClock) {
    Clock console = consoleClock.getIfAvailable();
    return console != null ? console : Clock.systemUTC();
  }

  @Bean
  Messages messages() {
    return new BundleMessages();
  }

  @Bean
  IdGenerator idGenerator() {
    return new RandomIdGenerator();
  }

  /** Every dialog, by hand; the order is the order of {@code /help}. */
  @Bean
  DialogRegistry dialogRegistry(
      Contacts contacts,
      Touches touches,
      Orders orders,
      FollowUps followUps,
      Meetings meetings,
      Checklists checklists,
      ChecklistTemplates checklistTemplates,
      Events events,
      UserProfiles profiles,
      IdGenerator ids,
      Team team,
      Activity activity,
      Invites invites,
      SilenceWatch watch,
      TeamDigests digests,
      DeepLinks deepLinks,
      LinkedAccounts links,
      NudgeChains nudgeChains) {
    return new DialogRegistry(
        List.of(
            new LogContactDialog(contacts, followUps, ids),
            new ListContactsDialog(
                contacts, touches, orders, followUps, meetings, checklists, events),
            new LogTouchDialog(contacts, touches, followUps, ids),
            new PlanCheckInDialog(contacts, followUps, touches, ids),
            new PlanMeetingDialog(contacts, meetings, events, ids),
            new RecordNoShowDialog(contacts, meetings, events, ids),
            new RecordOrderDialog(contacts, orders, followUps, ids),
            new TodayDialog(contacts, followUps, meetings, orders),
            new SettingsDialog(profiles),
            new StartDialog(profiles, new JoinOffer(invites, team)),
            new NudgeActionsDialog(followUps, meetings, contacts, ids),
            new TeamDialog(team, activity, digests),
            new InviteDialog(invites, deepLinks, new RandomIdGenerator()),
            new JoinDialog(invites, team),
            new SponsorNudgeDialog(team, contacts, touches, watch, ids),
            new ChecklistDialog(
                contacts,
                checklists,
                checklistTemplates,
                new TeamTemplates(team, checklistTemplates),
                ids),
            new EventDialog(contacts, events, new ContactReliability(meetings, events), ids),
            new LinkAccountsDialog(
                links,
                new AccountMerge(
                    contacts,
                    touches,
                    orders,
                    followUps,
                    meetings,
                    checklists,
                    checklistTemplates,
                    events),
                nudgeChains, // the joining account's moved plans get their nudges
                new SecureRandom())));
  }

  @Bean
  ConversationEngine conversationEngine(
      DialogRegistry dialogs,
      DialogStateStore states,
      UserProfiles profiles,
      Messages messages,
      Clock clock,
      FollowthroughProperties properties,
      LinkedAccounts links,
      NudgeChains nudgeChains) {
    ConversationEngine.Settings settings =
        new ConversationEngine.Settings(
            properties.dialog().timeout(), properties.dialog().maxInputLength());
    // a user who had blocked the bot and writes again gets their stopped nudge chains back
    return new ConversationEngine(
        dialogs, states, profiles, messages, clock, settings, links, nudgeChains);
  }

  /**
   * Links into a platform's private chat: Telegram's when it runs, else none (invites then show a
   * code for {@code /join}).
   */
  @Bean
  @Primary
  DeepLinks deepLinks(ObjectProvider<TelegramDeepLinks> telegram) {
    // looked up when a link is asked for: the Telegram bot (which knows its name) needs the engine,
    // and the engine's dialogs need these links
    return (platform, payload) -> {
      TelegramDeepLinks links = telegram.getIfAvailable();
      return links != null ? links.privateChat(platform, payload) : Optional.empty();
    };
  }

  @Bean
  ExpiredDialogsJob expiredDialogsJob(DialogStateStore states, Clock clock) {
    return new ExpiredDialogsJob(states, clock);
  }
}
