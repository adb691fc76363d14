package followthrough.core.testkit;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Outbound;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.dialogs.checkin.PlanCheckInDialog;
import followthrough.core.dialogs.checklist.ChecklistDialog;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.event.EventDialog;
import followthrough.core.dialogs.link.AccountMerge;
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
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Messages;
import followthrough.core.memory.InMemoryChecklistTemplates;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryContacts;
import followthrough.core.memory.InMemoryDialogStateStore;
import followthrough.core.memory.InMemoryEvents;
import followthrough.core.memory.InMemoryFollowUps;
import followthrough.core.memory.InMemoryLinkedAccounts;
import followthrough.core.memory.InMemoryMeetings;
import followthrough.core.memory.InMemoryOrders;
import followthrough.core.memory.InMemoryTouches;
import followthrough.core.memory.InMemoryUserProfiles;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.SharedTemplates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Drives the real engine with memory stores and a mutable clock, like a chat transcript: {@code
 * send("/contact")}, {@code press("save")}, then assert the message keys of the bot's answer.
 */
public final class ChatScript {

  public final MutableClock clock = MutableClock.atMondayMorning();
  public final InMemoryContacts contacts = new InMemoryContacts();
  public final InMemoryTouches touches = new InMemoryTouches();
  public final InMemoryOrders orders = new InMemoryOrders();
  public final InMemoryFollowUps followUps = new InMemoryFollowUps();
  public final InMemoryMeetings meetings = new InMemoryMeetings();
  public final InMemoryChecklists checklists = new InMemoryChecklists();
  public final InMemoryChecklistTemplates checklistTemplates = new InMemoryChecklistTemplates();
  public final InMemoryEvents events = new InMemoryEvents();
  public final InMemoryUserProfiles profiles = new InMemoryUserProfiles();
  public final InMemoryLinkedAccounts links = new InMemoryLinkedAccounts();
  public final IdGenerator ids = sequentialIds();
  public final DialogStateStore states;
  public final ConversationEngine engine;
  private ConversationKey key = Fixtures.key("1001");
  private @Nullable String language = "en";
  private List<Outbound> last = List.of();

  private ChatScript(
      DialogStateStore states, Messages messages, Function<ChatScript, List<Dialog>> dialogs) {
    this.states = states;
    this.engine =
        new ConversationEngine(
            new DialogRegistry(dialogs.apply(this)),
            states,
            profiles,
            messages,
            clock,
            ConversationEngine.Settings.defaults(),
            links);
  }

  /** A chat with the product's dialogs, rendering keys instead of prose. */
  public static ChatScript withStandardDialogs() {
    return new ChatScript(
        new InMemoryDialogStateStore(), new KeysOnlyMessages(), ChatScript::standard);
  }

  /** A chat with the product's dialogs, rendering real prose from the bundles. */
  public static ChatScript withStandardDialogs(Messages messages) {
    return new ChatScript(new InMemoryDialogStateStore(), messages, ChatScript::standard);
  }

  /**
   * A chat with dialogs built from the chat's own stores, clock and ids, for example {@code
   * ChatScript.of(new KeysOnlyMessages(), chat -> List.of(new MyDialog(chat.contacts, chat.ids)))}.
   */
  public static ChatScript of(Messages messages, Function<ChatScript, List<Dialog>> dialogs) {
    return new ChatScript(new InMemoryDialogStateStore(), messages, dialogs);
  }

  /** A chat with the given dialogs and dialog state store, rendering keys. */
  public static ChatScript with(DialogStateStore states, Dialog... dialogs) {
    return new ChatScript(states, new KeysOnlyMessages(), chat -> Arrays.asList(dialogs));
  }

  private static List<Dialog> standard(ChatScript chat) {
    return List.of(
        new LogContactDialog(chat.contacts, chat.followUps, chat.ids),
        new ListContactsDialog(
            chat.contacts,
            chat.touches,
            chat.orders,
            chat.followUps,
            chat.meetings,
            chat.checklists,
            chat.events),
        new LogTouchDialog(chat.contacts, chat.touches, chat.followUps, chat.ids),
        new PlanCheckInDialog(chat.contacts, chat.followUps, chat.touches, chat.ids),
        new PlanMeetingDialog(chat.contacts, chat.meetings, chat.events, chat.ids),
        new RecordNoShowDialog(chat.contacts, chat.meetings, chat.events, chat.ids),
        new RecordOrderDialog(chat.contacts, chat.orders, chat.followUps, chat.ids),
        new TodayDialog(chat.contacts, chat.followUps, chat.meetings, chat.orders),
        new SettingsDialog(chat.profiles),
        new StartDialog(chat.profiles),
        new NudgeActionsDialog(chat.followUps, chat.meetings, chat.contacts, chat.ids),
        new ChecklistDialog(
            chat.contacts,
            chat.checklists,
            chat.checklistTemplates,
            SharedTemplates.NONE,
            chat.ids),
        new EventDialog(
            chat.contacts,
            chat.events,
            new ContactReliability(chat.meetings, chat.events),
            chat.ids),
        new LinkAccountsDialog(
            chat.links,
            new AccountMerge(
                chat.contacts,
                chat.touches,
                chat.orders,
                chat.followUps,
                chat.meetings,
                chat.checklists,
                chat.checklistTemplates,
                chat.events),
            new java.util.Random(7)));
  }

  /** Ids c1, c2, ... */
  public static IdGenerator sequentialIds() {
    AtomicInteger next = new AtomicInteger();
    return () -> "c" + next.incrementAndGet();
  }

  /** Talk as another user in their private chat. */
  public ChatScript as(String userId) {
    key = Fixtures.key(userId);
    return this;
  }

  /** Talk in the given conversation, for example a Discord DM of a linked account. */
  public ChatScript in(ConversationKey conversation) {
    key = conversation;
    return this;
  }

  /** The platform's language code for the following turns. */
  public ChatScript language(@Nullable String code) {
    language = code;
    return this;
  }

  public ConversationKey key() {
    return key;
  }

  /** Sets the current user's time zone, as if chosen in settings. */
  public ChatScript zone(ZoneId zone) {
    UserProfile profile =
        profiles
            .find(key.user())
            .orElseGet(() -> UserProfile.firstSeen(key.user(), clock.instant()));
    profiles.save(profile.withZone(zone));
    return this;
  }

  /** Types a line (a command when it starts with a slash). */
  public ChatScript send(String line) {
    last = engine.handle(Inbound.typed(key, language, line));
    return this;
  }

  /** Presses the button with this value on the bot message "m1". */
  public ChatScript press(String value) {
    last = engine.handle(Inbound.pressed(key, language, value, "m1"));
    return this;
  }

  /** The bot's messages of the last turn. */
  public List<Outbound> replies() {
    return last;
  }

  /** The paragraphs (keys, with {@link KeysOnlyMessages}) of the last turn, in order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Outbound message : last) {
      keys.addAll(Arrays.asList(message.text().split("\n\n")));
    }
    return keys;
  }

  /** The values of every button of the last turn. */
  public List<String> buttons() {
    List<String> values = new ArrayList<>();
    for (Outbound message : last) {
      message.rows().forEach(row -> row.forEach(b -> values.add(b.value())));
    }
    return values;
  }

  /** The step the conversation waits in, or null when no dialog is active. */
  public @Nullable String step() {
    return states.load(key).map(s -> s.step()).orElse(null);
  }
}
