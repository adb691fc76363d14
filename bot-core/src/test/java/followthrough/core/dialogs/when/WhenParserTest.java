package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English and numeric phrasings. German, Russian, daylight saving and odd input have their own
 * tables: {@link WhenParserGermanTest}, {@link WhenParserRussianTest}, {@link WhenParserZonesTest},
 * {@link WhenParserRobustnessTest}.
 */
class WhenParserTest {

  @ParameterizedTest(name = "[{index}] at {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # now     | text                     | expected
          WED       | tomorrow 10:00           | 2026-03-26T10:00+01:00
          WED       | tomorrow at 10           | 2026-03-26T10:00+01:00
          WED       | tomorrow 10              | 2026-03-26T10:00+01:00
          WED       | today 18:30              | 2026-03-25T18:30+01:00
          WED       | '  TOMORROW,   10:00. '  | 2026-03-26T10:00+01:00
          WED       | the day after tomorrow   | 2026-03-27
          WED       | in 3 days                | 2026-03-28
          WED       | 3 days from now          | 2026-03-28
          WED       | in 2 weeks               | 2026-04-08
          WED       | in a week                | 2026-04-01
          WED       | in 3 months              | 2026-06-25
          WED       | in 2 hours               | 2026-03-25T11:00+01:00
          WED       | in 30 minutes            | 2026-03-25T09:30+01:00
          WED       | in half an hour          | 2026-03-25T09:30+01:00
          WED       | Fri 18:00                | 2026-03-27T18:00+01:00
          WED       | friday 6pm               | 2026-03-27T18:00+01:00
          WED       | next monday              | 2026-03-30
          WED       | on Monday at 9           | 2026-03-30T09:00+02:00
          WED       | this Sunday              | 2026-03-29
          WED       | wednesday                | 2026-04-01
          WED       | Wednesday 10:00          | 2026-03-25T10:00+01:00
          WED       | Wednesday 8:00           | 2026-04-01T08:00+02:00
          WED       | next Wednesday 10:00     | 2026-04-01T10:00+02:00
          WED       | 10am                     | 2026-03-25T10:00+01:00
          WED       | 10 a.m.                  | 2026-03-25T10:00+01:00
          WED       | 6:30 pm                  | 2026-03-25T18:30+01:00
          WED       | 12pm                     | 2026-03-25T12:00+01:00
          WED       | at noon                  | 2026-03-25T12:00+01:00
          WED       | at 6                     | 2026-03-26T06:00+01:00
          WED       | tomorrow evening at 8    | 2026-03-26T20:00+01:00
          WED       | tonight at 9             | 2026-03-25T21:00+01:00
          WED       | Dec 25                   | 2026-12-25
          WED       | 25 Dec 14:30             | 2026-12-25T14:30+01:00
          WED       | December 25th, 2026      | 2026-12-25
          WED       | the 25th of December     | 2026-12-25
          WED       | Fri 27 March             | 2026-03-27
          WED       | yesterday                | PAST
          WED       | today 8:00               | PAST
          WED       | tomorrow morning         | AMBIGUOUS
          WED       | tonight                  | AMBIGUOUS
          WED       | December                 | AMBIGUOUS
          WED       | tomorrow at midnight     | AMBIGUOUS
          WED       | Thu 27 March             | AMBIGUOUS
          WED       | Feb 30                   | UNREADABLE
          WED       | 13am                     | UNREADABLE
          WED       | tomorrow with Anna       | UNREADABLE
          # numeric, whatever the language
          WED       | 14:30                    | 2026-03-25T14:30+01:00
          WED       | 8:00                     | 2026-03-26T08:00+01:00
          WED       | 25.12. 14:30             | 2026-12-25T14:30+01:00
          WED       | 25.12.2026               | 2026-12-25
          WED       | 25.12.26                 | 2026-12-25
          WED       | 2026-12-25 14:30         | 2026-12-25T14:30+01:00
          WED       | 2026-12-25               | 2026-12-25
          WED       | 25.12                    | 2026-12-25
          WED       | 25/12                    | 2026-12-25
          WED       | 12/25                    | 2026-12-25
          WED       | 2026-01-01               | PAST
          WED       | 25.12.2025               | PAST
          WED       | 10                       | AMBIGUOUS
          WED       | 1/2                      | AMBIGUOUS
          WED       | tomorrow 10:00 11:00     | AMBIGUOUS
          WED       | 2026-13-01               | UNREADABLE
          WED       | 25:00                    | UNREADABLE
          XMAS      | 25.12.                   | 2026-12-25
          XMAS      | 25.12. 10:00             | PAST
          XMAS      | 24.12.                   | 2027-12-24
          XMAS      | in 1 week                | 2027-01-01
          """)
  void readsEnglishAndNumericPhrasings(String now, String text, String expected) {
    // given
    ZonedDateTime at = WhenTable.now(now);
    // when
    When when = WhenParser.parse(text, at);
    // then
    assertThat(when).isEqualTo(WhenTable.expected(expected, at));
  }

  @Test
  void givesMomentsInTheUsersOwnZone() {
    // given
    ZonedDateTime now = WhenTable.now("MOSCOW");
    // when
    When when = WhenParser.parse("tomorrow 10:00", now);
    // then
    assertThat(((When.Moment) when).at().getZone()).isEqualTo(WhenTable.MOSCOW);
  }
}
