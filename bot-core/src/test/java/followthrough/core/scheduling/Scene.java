package followthrough.core.scheduling;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Messages;
import followthrough.core.memory.InMemoryContacts;
import followthrough.core.memory.InMemoryFollowUps;
import followthrough.core.memory.InMemoryMeetings;
import followthrough.core.memory.InMemoryUserProfiles;
import followthrough.core.testkit.FakeChatGateway;
import followthrough.core.testkit.FakeNudgeQueue;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import followthrough.core.testkit.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The scheduler with memory stores, a fake queue and gateway, and a mutable clock at Monday
 * 2026-03-02 09:00 UTC. Follow-ups and meetings added here go through the planning decorators.
 */
final class Scene {

  final MutableClock clock = MutableClock.atMondayMorning();
  final InMemoryContacts contacts = new InMemoryContacts();
  final InMemoryFollowUps storedFollowUps = new InMemoryFollowUps();
  final InMemoryMeetings storedMeetings = new InMemoryMeetings();
  final InMemoryUserProfiles profiles = new InMemoryUserProfiles();
  final FakeNudgeQueue queue = new FakeNudgeQueue();
  final FakeChatGateway gateway = new FakeChatGateway();
  final NudgePlanner planner = new NudgePlanner(profiles, clock);
  final PlanningFollowUps followUps = new PlanningFollowUps(storedFollowUps, planner, queue);
  final PlanningMeetings meetings = new PlanningMeetings(storedMeetings, planner, queue);
  NudgeComposer composer =
      new NudgeTexts(storedFollowUps, storedMeetings, contacts, planner, List.of());
  final NudgeJob job;

  Scene() {
    this(new KeysOnlyMessages(), NudgeJob.Settings.defaults("test-1"));
  }

  Scene(Messages messages, NudgeJob.Settings settings) {
    this.job =
        new NudgeJob(
            queue,
            (nudge, profile, now) -> composer.compose(nudge, profile, now),
            planner,
            profiles,
            gateway,
            messages,
            clock,
            settings);
  }

  /** A user with a Telegram chat (the user id's number), a zone and English from the platform. */
  UserProfile user(UserId id, ZoneId zone) {
    String chat = id.value().substring(id.value().indexOf(':') + 1);
    UserProfile profile =
        UserProfile.firstSeen(id, clock.instant())
            .withAddress(new ChatAddress("telegram", chat))
            .withZone(zone)
            .withPlatformLanguage("en");
    profiles.save(profile);
    return profile;
  }

  UserProfile user(UserId id) {
    return user(id, ZoneOffset.UTC);
  }

  Contact contact(UserId owner, String id, String name) {
    Contact contact = Fixtures.contact(owner, id, name);
    contacts.add(contact);
    return contact;
  }

  /** A check-in by phone with contact {@code c-<id>} ("Anna"), added through the decorator. */
  FollowUp followUp(UserId owner, String id, String due) {
    contact(owner, "c-" + id, "Anna");
    FollowUp f =
        FollowUp.open(
            id,
            owner,
            "c-" + id,
            FollowUp.Kind.CHECK_IN,
            FollowUp.Channel.PHONE,
            Instant.parse(due),
            null,
            clock.instant());
    followUps.add(f);
    return f;
  }

  /** A meeting with contact {@code c-<id>} ("Oleg"), added through the decorator. */
  Meeting meeting(UserId owner, String id, String at) {
    contact(owner, "c-" + id, "Oleg");
    Meeting m =
        Meeting.planned(id, owner, "c-" + id, Instant.parse(at), "Café Central", clock.instant());
    meetings.add(m);
    return m;
  }

  void at(String instant) {
    clock.set(Instant.parse(instant));
  }

  /** Moves the clock and runs one tick. */
  void tickAt(String instant) {
    at(instant);
    job.runOnce();
  }

  /** The paragraphs (keys) of every message sent, one list per message. */
  List<List<String>> messages() {
    return gateway.texts().stream().map(t -> Arrays.asList(t.split("\n\n"))).toList();
  }

  /** The button values of the message at this index. */
  List<String> buttons(int message) {
    return gateway.sent().get(message).message().rows().stream()
        .flatMap(List::stream)
        .map(b -> b.value())
        .toList();
  }

  Nudge nudge(String id) {
    return queue.find(id).orElseThrow();
  }
}
