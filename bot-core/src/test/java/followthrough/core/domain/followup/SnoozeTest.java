package followthrough.core.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SnoozeTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final UserId ME = new UserId("telegram:1");

  private static FollowUp dueAt(String instant) {
    return FollowUp.open(
        "f1",
        ME,
        "c1",
        FollowUp.Kind.CHECK_IN,
        null,
        Instant.parse(instant),
        null,
        Instant.parse("2026-02-01T00:00:00Z"));
  }

  @Test
  void snoozesForAnHourFromNow() {
    // given
    FollowUp followUp = dueAt("2026-03-02T09:00:00Z");
    // when
    FollowUp snoozed = Snooze.forAnHour(followUp, Instant.parse("2026-03-02T09:20:00Z"));
    // then
    assertThat(snoozed.dueAt()).isEqualTo(Instant.parse("2026-03-02T10:20:00Z"));
    assertThat(snoozed.isOpen()).isTrue();
  }

  @Test
  void snoozesUntilTomorrowAtTheSameLocalTimeWithoutCountingACarryOver() {
    // given: due Friday 10:00 in Berlin, three days ago
    FollowUp followUp = dueAt("2026-02-27T09:00:00Z");
    // when: snoozed on Monday
    FollowUp snoozed =
        Snooze.untilTomorrow(followUp, Instant.parse("2026-03-02T15:00:00Z"), BERLIN);
    // then: Tuesday 10:00 Berlin
    assertThat(snoozed.dueAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(snoozed.carriedOver()).isZero();
  }

  @Test
  void keepsTheLocalTimeAcrossTheSwitchToSummerTime() {
    // given: due Saturday 28 March 10:00 CET
    FollowUp followUp = dueAt("2026-03-28T09:00:00Z");
    // when: snoozed that Saturday, tomorrow is the switch day
    FollowUp snoozed =
        Snooze.untilTomorrow(followUp, Instant.parse("2026-03-28T12:00:00Z"), BERLIN);
    // then: Sunday 10:00 CEST
    assertThat(snoozed.dueAt()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
  }

  @Test
  void pressingTwiceGivesTheSameTime() {
    // given
    Instant now = Instant.parse("2026-03-02T15:00:00Z");
    FollowUp once = Snooze.untilTomorrow(dueAt("2026-03-02T09:00:00Z"), now, BERLIN);
    // when
    FollowUp twice = Snooze.untilTomorrow(once, now, BERLIN);
    // then
    assertThat(twice.dueAt()).isEqualTo(once.dueAt());
  }

  @Test
  void tellsAFollowUpMovedPastTodayFromOneDueToday() {
    // given
    Instant now = Instant.parse("2026-03-02T15:00:00Z");
    // when / then: 23:30 Berlin today is still today, 00:00 tomorrow is not
    assertThat(Snooze.isPastToday(dueAt("2026-03-02T22:30:00Z"), now, BERLIN)).isFalse();
    assertThat(Snooze.isPastToday(dueAt("2026-03-02T23:00:00Z"), now, BERLIN)).isTrue();
    assertThat(Snooze.isPastToday(dueAt("2026-02-27T09:00:00Z"), now, BERLIN)).isFalse();
  }
}
