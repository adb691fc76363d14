package followthrough.core.dialogs.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.testkit.Fixtures;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadPaceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static Touch touch(String at) {
    return new Touch(
        at,
        Fixtures.ANNA,
        "a",
        Instant.parse(at),
        Touch.Channel.MESSAGE,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void findsACheckInWithALeadWithinAWeekOfTheLastTouchTooSoon() {
    // given
    List<Touch> touches = List.of(touch("2026-02-20T10:00:00Z"), touch("2026-02-28T15:00:00Z"));
    // when / then
    assertThat(LeadPace.tooSoonAfter(Rung.PROSPECT, touches, Instant.parse("2026-03-03T08:00:00Z")))
        .contains(Instant.parse("2026-02-28T15:00:00Z"));
  }

  @Test
  void findsACheckInAWeekOrMoreAfterTheLastTouchFine() {
    // given
    List<Touch> touches = List.of(touch("2026-02-28T15:00:00Z"));
    // when / then
    assertThat(LeadPace.tooSoonAfter(Rung.PROSPECT, touches, Instant.parse("2026-03-07T15:00:00Z")))
        .isEmpty();
  }

  @Test
  void leavesCustomersAndLeadsWithoutTouchesAlone() {
    // given
    Instant soon = Instant.parse("2026-03-03T08:00:00Z");
    // when / then
    assertThat(
            LeadPace.tooSoonAfter(
                Rung.FIRST_TIME_CUSTOMER, List.of(touch("2026-03-01T10:00:00Z")), soon))
        .isEmpty();
    assertThat(LeadPace.tooSoonAfter(Rung.PROSPECT, List.of(), soon)).isEmpty();
  }

  @Test
  void suggestsTheAgendaHourOfTheDayAWeekLaterWhenTheLastTouchCameBeforeIt() {
    // when
    Instant fine =
        LeadPace.firstFine(Instant.parse("2026-02-28T07:30:00Z"), 8, ZoneOffset.UTC, NOW);
    // then
    assertThat(fine).isEqualTo(Instant.parse("2026-03-07T08:00:00Z"));
  }

  @Test
  void suggestsTheNextDayWhenTheLastTouchCameAfterTheAgendaHour() {
    // when
    Instant fine =
        LeadPace.firstFine(Instant.parse("2026-02-28T15:00:00Z"), 8, ZoneOffset.UTC, NOW);
    // then
    assertThat(fine).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
  }

  @Test
  void countsTheAgendaHourInTheUsersZone() {
    // given: 2026-02-28 23:30 in Moscow is 20:30 UTC
    Instant last = Instant.parse("2026-02-28T20:30:00Z");
    // when
    Instant fine = LeadPace.firstFine(last, 9, ZoneId.of("Europe/Moscow"), NOW);
    // then: the week ends on 2026-03-07 23:30 Moscow time, so 2026-03-08 09:00 Moscow time
    assertThat(fine).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
  }
}
