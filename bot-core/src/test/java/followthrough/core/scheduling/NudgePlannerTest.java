package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NudgePlannerTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Scene scene = new Scene();
  private final NudgePlanner planner = scene.planner;

  private static FollowUp followUp(String due) {
    return FollowUp.open(
        "f1",
        ANNA,
        "c1",
        FollowUp.Kind.CHECK_IN,
        FollowUp.Channel.PHONE,
        Instant.parse(due),
        null,
        Instant.parse("2026-03-01T00:00:00Z"));
  }

  private static Meeting meeting(String at) {
    return Meeting.planned("m1", ANNA, "c1", Instant.parse(at), null, Instant.EPOCH);
  }

  private static List<String> times(List<Nudge> nudges) {
    return nudges.stream().map(n -> n.kind() + "@" + n.dueAt()).toList();
  }

  @Test
  void remindsOfAPromisedCallAtItsTimeAndCarriesItOverFromTheNextMorning() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-03T10:00:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "FOLLOW_UP_DUE@2026-03-03T10:00:00Z", "FOLLOW_UP_OVERDUE@2026-03-04T08:00:00Z");
    long due = Instant.parse("2026-03-03T10:00:00Z").getEpochSecond();
    assertThat(nudges.get(0).id()).isEqualTo("fu:f1:" + due + ":due");
    assertThat(nudges.get(0).kind().lane()).isEqualTo(Nudge.Lane.URGENT);
    assertThat(nudges.get(1).id()).isEqualTo("fu:f1:" + due + ":over:2026-03-04");
    assertThat(nudges).allMatch(n -> n.subjectId().equals("f1") && n.owner().equals(ANNA));
  }

  @Test
  void plansOnlyTheCarryOverForAFollowUpThatIsAlreadyDue() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-01T10:00:00Z"));
    // then
    assertThat(times(nudges)).containsExactly("FOLLOW_UP_OVERDUE@2026-03-03T08:00:00Z");
  }

  @Test
  void plansTheCarryOverOfTheMorningStillAheadToday() {
    // given
    scene.user(ANNA);
    scene.at("2026-03-02T07:00:00Z");
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-01T10:00:00Z"));
    // then
    assertThat(times(nudges)).containsExactly("FOLLOW_UP_OVERDUE@2026-03-02T08:00:00Z");
  }

  @Test
  void plansNothingForADoneOrDroppedFollowUp() {
    // when / then
    assertThat(planner.forFollowUp(followUp("2026-03-03T10:00:00Z").done())).isEmpty();
    assertThat(planner.forFollowUp(followUp("2026-03-03T10:00:00Z").dropped())).isEmpty();
  }

  @Test
  void carriesAnOverdueFollowUpOverToTheNextMorning() {
    // given
    scene.user(ANNA);
    scene.at("2026-03-04T08:00:05Z");
    // when
    Nudge next =
        planner.nextOverdue(followUp("2026-03-03T10:00:00Z"), LocalDate.of(2026, 3, 4)).get();
    // then
    assertThat(next.id()).endsWith(":over:2026-03-05");
    assertThat(next.dueAt()).isEqualTo("2026-03-05T08:00:00Z");
  }

  @Test
  void carriesOverToTheNextMorningAheadAfterALongStop() {
    // given
    scene.user(ANNA);
    scene.at("2026-03-09T12:00:00Z");
    // when
    Nudge next =
        planner.nextOverdue(followUp("2026-03-03T10:00:00Z"), LocalDate.of(2026, 3, 4)).get();
    // then
    assertThat(next.dueAt()).isEqualTo("2026-03-10T08:00:00Z");
  }

  @Test
  void movesANudgeInTheQuietHoursToTheirEnd() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-02T22:30:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "FOLLOW_UP_DUE@2026-03-03T08:00:00Z", "FOLLOW_UP_OVERDUE@2026-03-04T08:00:00Z");
    assertThat(nudges.get(0).id())
        .isEqualTo("fu:f1:" + Instant.parse("2026-03-02T22:30:00Z").getEpochSecond() + ":due");
  }

  @Test
  void honoursTheUsersOwnQuietHoursAndAgendaHour() {
    // given
    UserProfile profile = scene.user(ANNA);
    scene.profiles.save(
        profile.withPreferences(
            profile
                .preferences()
                .withQuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0))
                .withAgendaHour(7)));
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-02T13:30:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "FOLLOW_UP_DUE@2026-03-02T14:00:00Z", "FOLLOW_UP_OVERDUE@2026-03-03T07:00:00Z");
  }

  @Test
  void movesAMorningAgendaSetInsideTheQuietHoursToTheirEnd() {
    // given
    UserProfile profile = scene.user(ANNA);
    scene.profiles.save(profile.withPreferences(profile.preferences().withAgendaHour(6)));
    // when
    Nudge agenda = planner.agenda(ANNA, LocalDate.of(2026, 3, 3));
    // then
    assertThat(agenda.dueAt()).isEqualTo("2026-03-03T08:00:00Z");
    assertThat(agenda.id()).isEqualTo("ag:telegram:1001:2026-03-03");
    assertThat(agenda.subjectId()).isEqualTo("agenda:2026-03-03");
  }

  @Test
  void plansTodaysAgendaWhileItsMorningIsAheadElseTomorrows() {
    // given
    scene.user(ANNA);
    // when / then
    scene.at("2026-03-02T07:59:00Z");
    assertThat(planner.nextAgenda(ANNA).dueAt()).isEqualTo("2026-03-02T08:00:00Z");
    scene.at("2026-03-02T08:00:00Z");
    assertThat(planner.nextAgenda(ANNA).dueAt()).isEqualTo("2026-03-03T08:00:00Z");
  }

  @Test
  void remindsOfAMeetingTheDayBeforeAndTwoHoursBefore() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forMeeting(meeting("2026-03-04T15:00:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "MEETING_DAY_BEFORE@2026-03-03T15:00:00Z", "MEETING_SOON@2026-03-04T13:00:00Z");
    long at = Instant.parse("2026-03-04T15:00:00Z").getEpochSecond();
    assertThat(nudges)
        .extracting(Nudge::id)
        .containsExactly("mt:m1:" + at + ":day", "mt:m1:" + at + ":soon");
    assertThat(nudges).allMatch(n -> n.kind().lane() == Nudge.Lane.URGENT);
  }

  @Test
  void movesAShortMeetingReminderOutOfTheQuietHoursWhileThatIsBeforeTheMeeting() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forMeeting(meeting("2026-03-04T09:00:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "MEETING_DAY_BEFORE@2026-03-03T09:00:00Z", "MEETING_SOON@2026-03-04T08:00:00Z");
  }

  @Test
  void leavesOutAShortMeetingReminderTheQuietHoursWouldPushPastTheMeeting() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forMeeting(meeting("2026-03-04T07:30:00Z"));
    // then
    assertThat(times(nudges)).containsExactly("MEETING_DAY_BEFORE@2026-03-03T08:00:00Z");
  }

  @Test
  void leavesOutADayBeforeReminderMovedOntoTheShortOne() {
    // given: quiet from 21:00 until 20:00 the next day
    UserProfile profile = scene.user(ANNA);
    scene.profiles.save(
        profile.withPreferences(
            profile.preferences().withQuietHours(LocalTime.of(21, 0), LocalTime.of(20, 0))));
    // when: both reminders of a 21:30 meeting end up at 20:00 on its day
    List<Nudge> nudges = planner.forMeeting(meeting("2026-03-04T21:30:00Z"));
    // then
    assertThat(times(nudges)).containsExactly("MEETING_SOON@2026-03-04T20:00:00Z");
  }

  @Test
  void plansNoRemindersForAMeetingThatIsNotPlanned() {
    // when / then
    assertThat(
            planner.forMeeting(
                meeting("2026-03-04T15:00:00Z").withStatus(Meeting.Status.CANCELLED)))
        .isEmpty();
  }

  @Test
  void keepsANineOClockCheckInAtNineLocalAcrossTheSpringSwitch() {
    // given: 09:00 in Berlin is 08:00 UTC before 2026-03-29 and 07:00 UTC after
    scene.user(ANNA, BERLIN);
    scene.at("2026-03-28T08:00:00Z");
    FollowUp carried =
        followUp("2026-03-28T08:00:00Z").notReached(Instant.parse("2026-03-28T08:00:00Z"), BERLIN);
    // when
    List<Nudge> nudges = planner.forFollowUp(carried);
    // then
    assertThat(times(nudges))
        .containsExactly(
            "FOLLOW_UP_DUE@2026-03-29T07:00:00Z", "FOLLOW_UP_OVERDUE@2026-03-30T06:00:00Z");
  }

  @Test
  void keepsTheMorningAgendaAtEightLocalAcrossBothSwitches() {
    // given
    scene.user(ANNA, BERLIN);
    scene.at("2026-03-27T12:00:00Z");
    // when / then
    assertThat(planner.agenda(ANNA, LocalDate.of(2026, 3, 28)).dueAt())
        .isEqualTo("2026-03-28T07:00:00Z");
    assertThat(planner.agenda(ANNA, LocalDate.of(2026, 3, 29)).dueAt())
        .isEqualTo("2026-03-29T06:00:00Z");
    assertThat(planner.agenda(ANNA, LocalDate.of(2026, 10, 24)).dueAt())
        .isEqualTo("2026-10-24T06:00:00Z");
    assertThat(planner.agenda(ANNA, LocalDate.of(2026, 10, 25)).dueAt())
        .isEqualTo("2026-10-25T07:00:00Z");
  }

  @Test
  void endsTheQuietHoursAtEightLocalOnTheNightOfTheSpringSwitch() {
    // given
    scene.user(ANNA, BERLIN);
    scene.at("2026-03-27T12:00:00Z");
    // when: 23:30 CET on Saturday
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-28T22:30:00Z"));
    // then: 08:00 CEST on Sunday
    assertThat(nudges.get(0).dueAt()).isEqualTo("2026-03-29T06:00:00Z");
  }

  @Test
  void carriesOverEachMorningAtEightLocalAcrossTheAutumnSwitch() {
    // given
    scene.user(ANNA, BERLIN);
    FollowUp open = followUp("2026-10-23T08:00:00Z");
    scene.at("2026-10-24T06:00:10Z");
    // when
    Nudge sunday = planner.nextOverdue(open, LocalDate.of(2026, 10, 24)).get();
    scene.at("2026-10-25T07:00:10Z");
    Nudge monday = planner.nextOverdue(open, LocalDate.of(2026, 10, 25)).get();
    // then
    assertThat(sunday.dueAt()).isEqualTo("2026-10-25T07:00:00Z");
    assertThat(monday.dueAt()).isEqualTo("2026-10-26T07:00:00Z");
  }

  @Test
  void remindsTheDayBeforeAtTheSameLocalTimeAcrossTheAutumnSwitch() {
    // given: 10:00 CET on Sunday 2026-10-25 is 09:00 UTC; 10:00 CEST on Saturday is 08:00 UTC
    scene.user(ANNA, BERLIN);
    scene.at("2026-10-20T12:00:00Z");
    // when
    List<Nudge> nudges = planner.forMeeting(meeting("2026-10-25T09:00:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "MEETING_DAY_BEFORE@2026-10-24T08:00:00Z", "MEETING_SOON@2026-10-25T07:00:00Z");
  }

  @Test
  void countsInUtcWhileTheZoneIsUnknown() {
    // given: no profile at all
    // when
    List<Nudge> nudges = planner.forFollowUp(followUp("2026-03-03T10:00:00Z"));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "FOLLOW_UP_DUE@2026-03-03T10:00:00Z", "FOLLOW_UP_OVERDUE@2026-03-04T08:00:00Z");
  }

  @Test
  void movesARetryOutOfTheQuietHoursExceptForMeetingReminders() {
    // given
    scene.user(ANNA);
    Nudge due = planner.forFollowUp(followUp("2026-03-03T10:00:00Z")).get(0);
    Nudge soon = planner.forMeeting(meeting("2026-03-04T15:00:00Z")).get(1);
    Instant night = Instant.parse("2026-03-03T21:01:00Z");
    // when / then
    assertThat(planner.retryAt(due, night)).isEqualTo("2026-03-04T08:00:00Z");
    assertThat(planner.retryAt(soon, night)).isEqualTo(night);
  }
}
