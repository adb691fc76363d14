package followthrough.app;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.dialogs.checkin.PlanCheckInDialog;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.link.LinkAccountsDialog;
import followthrough.core.dialogs.logcontact.LogContactDialog;
import followthrough.core.dialogs.meeting.PlanMeetingDialog;
import followthrough.core.dialogs.noshow.RecordNoShowDialog;
import followthrough.core.dialogs.nudge.NudgeActionsDialog;
import followthrough.core.dialogs.order.RecordOrderDialog;
import followthrough.core.dialogs.settings.SettingsDialog;
import followthrough.core.dialogs.start.StartDialog;
import followthrough.core.dialogs.today.TodayDialog;
import followthrough.core.dialogs.touch.LogTouchDialog;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.LinkedAccounts;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import followthrough.core.ports.RandomIdGenerator;
import followthrough.core.ports.Touches;
import followthrough.core.ports.UserProfiles;
import followthrough.core.scheduling.ExpiredDialogsJob;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core: clock, texts, dialogs (listed by hand), the engine and the core's jobs. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

  private static final Logger log = LoggerFactory.getLogger(CoreConfig.class);

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
      UserProfiles profiles,
      LinkedAccounts links,
      IdGenerator ids) {
    return new DialogRegistry(
        List.of(
            new LogContactDialog(contacts, followUps, ids),
            new ListContactsDialog(contacts, touches, orders, followUps, meetings),
            new LogTouchDialog(contacts, touches, followUps, ids),
            new PlanCheckInDialog(contacts, followUps, touches, ids),
            new PlanMeetingDialog(contacts, meetings, ids),
            new RecordNoShowDialog(contacts, meetings, ids),
            new RecordOrderDialog(contacts, orders, followUps, ids),
            new TodayDialog(contacts, followUps, meetings, orders),
            new SettingsDialog(profiles),
            new StartDialog(profiles),
            new NudgeActionsDialog(followUps, meetings, contacts, ids),
            new LinkAccountsDialog(links, new SecureRandom())));
  }

  @Bean
  ConversationEngine conversationEngine(
      DialogRegistry dialogs,
      DialogStateStore states,
      UserProfiles profiles,
      Messages messages,
      Clock clock,
      LinkedAccounts links,
      FollowthroughProperties properties) {
    ConversationEngine.Settings settings =
        new ConversationEngine.Settings(
            properties.dialog().timeout(), properties.dialog().maxInputLength());
    return new ConversationEngine(dialogs, states, profiles, messages, clock, settings, links);
  }

  /** Says plainly when a platform token is set that this build cannot serve yet. */
  @Bean
  ApplicationRunner platformNotice(FollowthroughProperties properties) {
    return args -> {
      if (properties.telegram().configured()) {
        log.warn(
            "A Telegram token is set, but this build has no Telegram adapter yet; Discord and the"
                + " terminal chat work (followthrough.console.enabled=true)");
      }
    };
  }

  @Bean
  ExpiredDialogsJob expiredDialogsJob(DialogStateStore states, Clock clock) {
    return new ExpiredDialogsJob(states, clock);
  }
}
