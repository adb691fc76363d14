package followthrough.core.domain.event;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Reliability;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact's event attendance, in the terms of {@link Reliability}. */
class AttendanceTest {

  private static GroupEvent event(String id, GroupEvent.Status status, Registration... all) {
    return new GroupEvent(id, ANNA, "Training", T0, null, null, null, status, List.of(all), T0);
  }

  @Test
  void countsHeldEventsWithRecordedAttendanceOnly() {
    // given
    List<GroupEvent> events =
        List.of(
            event("e1", GroupEvent.Status.HELD, Registration.of("a").withAttended(true)),
            event("e2", GroupEvent.Status.HELD, Registration.of("a").withAttended(false)),
            event("e3", GroupEvent.Status.PLANNED, Registration.of("a")),
            event(
                "e4",
                GroupEvent.Status.HELD,
                Registration.of("a").withAttended(false).withCancelled(true)),
            event("e5", GroupEvent.Status.HELD, Registration.of("b").withAttended(true)));
    // when / then
    assertThat(Attendance.of("a", events)).isEqualTo(new Reliability(1, 2));
    assertThat(Attendance.overall(events)).isEqualTo(new Reliability(2, 3));
  }

  @Test
  void recordingAttendanceCountsTheUntickedAsNotCome() {
    // given
    GroupEvent event =
        event(
            "e1",
            GroupEvent.Status.PLANNED,
            Registration.of("a").withAttended(true),
            Registration.of("b"));
    // when
    GroupEvent held = event.held();
    // then
    assertThat(held.status()).isEqualTo(GroupEvent.Status.HELD);
    assertThat(held.registrations().get(1).attended()).isFalse();
  }
}
