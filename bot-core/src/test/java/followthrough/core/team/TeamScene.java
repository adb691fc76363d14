package followthrough.core.team;

import followthrough.core.dialog.Dialog;
import followthrough.core.dialogs.checkin.PlanCheckInDialog;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.invite.InviteDialog;
import followthrough.core.dialogs.join.JoinDialog;
import followthrough.core.dialogs.join.JoinOffer;
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
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Messages;
import followthrough.core.memory.InMemoryActivity;
import followthrough.core.memory.InMemoryDigestLog;
import followthrough.core.memory.InMemoryInvites;
import followthrough.core.memory.InMemorySilenceWatch;
import followthrough.core.memory.InMemoryTeam;
import followthrough.core.memory.InMemoryTeamChannels;
import followthrough.core.ports.DeepLinks;
import followthrough.core.ports.OnboardingProgress;
import followthrough.core.ports.Team;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgeJob;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.NudgeTexts;
import followthrough.core.scheduling.NudgeWording;
import followthrough.core.scheduling.PlanningFollowUps;
import followthrough.core.scheduling.PlanningMeetings;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.FakeChatGateway;
import followthrough.core.testkit.FakeNudgeQueue;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole team feature wired as the application wires it, on memory stores, a fake queue and
 * gateway and the chat's mutable clock (Monday 2026-03-02 09:00 UTC): every dialog (the standard
 * ones over the activity decorators, plus invite, join, team and the sponsor-nudge buttons), the
 * silent-member job, the nudge job with the sponsor composer, the digest and its job.
 */
final class TeamScene {

  final InMemoryActivity activity = new InMemoryActivity();
  final InMemoryTeam storedTeam = new InMemoryTeam();
  final InMemorySilenceWatch watch = new InMemorySilenceWatch();
  final InMemoryInvites invites = new InMemoryInvites();
  final InMemoryDigestLog digestLog = new InMemoryDigestLog();
  final InMemoryTeamChannels channels = new InMemoryTeamChannels();
  final FakeNudgeQueue queue = new FakeNudgeQueue();
  final FakeChatGateway gateway = new FakeChatGateway();
  final AtomicInteger codes = new AtomicInteger();
  OnboardingProgress onboarding = OnboardingProgress.none();
  ActivityRecorder recorder;
  Team team;
  NudgePlanner planner;
  DigestBuilder digests;
  final ChatScript chat;
  final SilentMembersJob silentJob;
  final NudgeJob nudgeJob;
  final TeamDigestJob digestJob;

  TeamScene(Messages messages) {
    chat = ChatScript.of(messages, this::dialogs);
    silentJob = new SilentMembersJob(watch, team, activity, recorder, planner, queue, chat.clock);
    SponsorNudges sponsorNudges =
        new SponsorNudges(team, activity, member -> onboarding.of(member));
    nudgeJob =
        new NudgeJob(
            queue,
            new NudgeTexts(
                chat.followUps,
                chat.meetings,
                chat.contacts,
                planner,
                List.of(new NudgeTexts.ForKinds(Set.of(Nudge.Kind.SPONSOR), sponsorNudges))),
            planner,
            chat.profiles,
            gateway,
            messages,
            chat.clock,
            NudgeJob.Settings.defaults("test-1"));
    digestJob =
        new TeamDigestJob(
            channels,
            digests,
            digestLog,
            chat.profiles,
            gateway,
            new NudgeWording(messages),
            chat.clock);
  }

  private List<Dialog> dialogs(ChatScript c) {
    planner = new NudgePlanner(c.profiles, c.clock);
    recorder = new ActivityRecorder(activity, storedTeam, watch, c.profiles, c.clock);
    team = new WatchedTeam(storedTeam, recorder);
    digests = new DigestBuilder(team, activity, c.profiles, new JFreeDigestChart());
    var contacts = new ActivityContacts(c.contacts, recorder);
    var touches = new ActivityTouches(c.touches, recorder);
    var followUps =
        new ActivityFollowUps(new PlanningFollowUps(c.followUps, planner, queue), recorder);
    var meetings = new ActivityMeetings(new PlanningMeetings(c.meetings, planner, queue), recorder);
    return List.of(
        new LogContactDialog(contacts, followUps, c.ids),
        new ListContactsDialog(
            contacts, touches, c.orders, followUps, meetings, c.checklists, c.events),
        new LogTouchDialog(contacts, touches, followUps, c.ids),
        new PlanCheckInDialog(contacts, followUps, touches, c.ids),
        new PlanMeetingDialog(contacts, meetings, c.events, c.ids),
        new RecordNoShowDialog(contacts, meetings, c.events, c.ids),
        new RecordOrderDialog(contacts, c.orders, followUps, c.ids),
        new TodayDialog(contacts, followUps, meetings, c.orders),
        new SettingsDialog(c.profiles),
        new StartDialog(c.profiles, new JoinOffer(invites, team)),
        new NudgeActionsDialog(followUps, meetings, contacts, c.ids),
        new TeamDialog(team, activity, digests),
        new InviteDialog(invites, DeepLinks.none(), () -> "inv" + codes.incrementAndGet()),
        new JoinDialog(invites, team),
        new SponsorNudgeDialog(team, contacts, touches, watch, c.ids));
  }

  /** The user behind a chat id of {@link ChatScript#as}. */
  static UserId user(String chatId) {
    return new UserId("telegram:" + chatId);
  }

  void at(String instant) {
    chat.clock.set(Instant.parse(instant));
  }

  /** {@code sponsor} invites, {@code member} opens the code and joins under {@code name}. */
  void joins(String member, String name, String sponsor) {
    chat.as(sponsor).send("/invite").send("Sponsor " + sponsor);
    String code = "inv" + codes.get();
    chat.as(member).send("/join " + code).press("/join ok " + code).send(name);
  }

  /** The member logs a contact through the dialog (activity). */
  void logsAContact(String member, String contactName) {
    logsAContact(member, contactName, "+49 151 000", "likes tea");
  }

  /** The member logs a contact with a phone and a note. */
  void logsAContact(String member, String contactName, String phone, String note) {
    chat.as(member)
        .send("/contact " + contactName)
        .send("we met at the yoga class")
        .press("rung:PROSPECT")
        .send(phone)
        .send(note)
        .press("fu:none")
        .press("save");
  }
}
