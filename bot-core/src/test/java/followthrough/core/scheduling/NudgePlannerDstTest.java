package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daylight saving in Europe/Berlin: 2026-03-29 (clocks forward) and 2026-10-25 (back). */
class NudgePlannerDstTest {

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
}
