package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NudgePlannerTest {

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
