package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meeting reminders: the day before and 2 hours before, and what quiet hours do to them. */
class NudgePlannerMeetingsTest {

  private final Scene scene = new Scene();
  private final NudgePlanner planner = scene.planner;

  private static Meeting meeting(String at) {
    return Meeting.planned("m1", ANNA, "c1", Instant.parse(at), null, Instant.EPOCH);
  }

  private static List<String> times(List<Nudge> nudges) {
    return nudges.stream().map(n -> n.kind() + "@" + n.dueAt()).toList();
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
}
