package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Daylight saving in Berlin (forward on 29 March 2026, back on 25 October 2026), Moscow without it,
 * and weekdays named on that very weekday.
 */
class WhenParserZonesTest {

  @ParameterizedTest(name = "[{index}] at {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # now     | text                        | expected
          SAT       | morgen 10 Uhr               | 2026-03-29T10:00+02:00
          SAT       | завтра в 10                 | 2026-03-29T10:00+02:00
          SAT       | tomorrow 2:30               | NONEXISTENT
          WED       | 29.03.2026 02:30            | NONEXISTENT
          SAT       | in 2 hours                  | 2026-03-28T11:00+01:00
          FRI       | in 3 days 09:00             | 2026-03-30T09:00+02:00
          FRI       | in 3 Tagen um 9             | 2026-03-30T09:00+02:00
          FRI       | через 3 дня в 9:00          | 2026-03-30T09:00+02:00
          GAP_NIGHT | in 2 hours                  | 2026-03-29T04:30+02:00
          GAP_NIGHT | через час                   | 2026-03-29T03:30+02:00
          GAP_NIGHT | 2:30                        | NONEXISTENT
          GAP_NIGHT | 3:00                        | 2026-03-29T03:00+02:00
          AUTUMN    | 25.10.2026 02:30            | 2026-10-25T02:30+02:00
          AUTUMN    | morgen 2:30                 | 2026-10-25T02:30+02:00
          AUTUMN    | tomorrow 03:30              | 2026-10-25T03:30+01:00
          AUTUMN    | in 3 Tagen                  | 2026-10-27
          AUTUMN    | через 2 дня в 9:00          | 2026-10-26T09:00+01:00
          MOSCOW    | завтра в 10                 | 2026-03-26T10:00+03:00
          MOSCOW    | 29.03.2026 02:30            | 2026-03-29T02:30+03:00
          MOSCOW    | 25.10.2026 02:30            | 2026-10-25T02:30+03:00
          MOSCOW    | через 2 часа                | 2026-03-25T11:00+03:00
          MOSCOW    | в пятницу в 18:00           | 2026-03-27T18:00+03:00
          MOSCOW    | в субботу                   | 2026-03-28
          MOSCOW    | 8:00                        | 2026-03-26T08:00+03:00
          FRI_EVE   | Friday 18:00                | 2026-03-27T18:00+01:00
          FRI_EVE   | Freitag 16 Uhr              | 2026-04-03T16:00+02:00
          FRI_EVE   | пятница                     | 2026-04-03
          FRI_EVE   | next friday 18:00           | 2026-04-03T18:00+02:00
          FRI_EVE   | today Friday 18:00          | 2026-03-27T18:00+01:00
          """)
  void readsAcrossClockChangesAndZones(String now, String text, String expected) {
    // given
    ZonedDateTime at = WhenTable.now(now);
    // when
    When when = WhenParser.parse(text, at);
    // then
    assertThat(when).isEqualTo(WhenTable.expected(expected, at));
  }
}
