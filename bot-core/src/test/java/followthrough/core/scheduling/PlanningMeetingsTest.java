package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanningMeetingsTest {

  private final Scene scene = new Scene();

  @BeforeEach
  void anna() {
    scene.user(ANNA);
  }

  @Test
  void plansTheRemindersOfANewMeetingAndTheNextMorningAgenda() {
    // when
    scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(n -> n.kind() + "@" + n.dueAt())
        .containsExactly(
            "AGENDA@2026-03-03T08:00:00Z",
            "MEETING_DAY_BEFORE@2026-03-03T15:00:00Z",
            "MEETING_SOON@2026-03-04T13:00:00Z");
  }

  @Test
  void cancellingAMeetingCancelsItsReminders() {
    // given
    Meeting m = scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // when
    scene.meetings.update(m.withStatus(Meeting.Status.CANCELLED));
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
  }

  @Test
  void reschedulingAMeetingPlansTheRemindersOfItsNewTime() {
    // given
    Meeting m = scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // when
    scene.meetings.update(m.rescheduled(Instant.parse("2026-03-05T11:00:00Z")));
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(n -> n.kind() + "@" + n.dueAt())
        .contains("MEETING_DAY_BEFORE@2026-03-04T11:00:00Z", "MEETING_SOON@2026-03-05T09:00:00Z");
  }

  @Test
  void recordingANoShowCancelsWhatIsLeftOfItsReminders() {
    // given
    Meeting m = scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // when
    scene.meetings.update(m.withStatus(Meeting.Status.NO_SHOW));
    // then
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
  }

  @Test
  void deletingAContactsMeetingsCancelsTheirReminders() {
    // given
    scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // when
    scene.meetings.deleteFor(ANNA, "c-m1");
    // then
    assertThat(scene.storedMeetings.find(ANNA, "m1")).isEmpty();
    assertThat(scene.queue.pending(ANNA))
        .extracting(Nudge::kind)
        .containsExactly(Nudge.Kind.AGENDA);
  }
}
