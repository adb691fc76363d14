package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German phrasings, read on Wednesday 25 March 2026, 09:00 in Berlin unless the row says else. */
class WhenParserGermanTest {

  @ParameterizedTest(name = "[{index}] at {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # now     | text                        | expected
          WED       | morgen 10 Uhr               | 2026-03-26T10:00+01:00
          WED       | morgen um 10                | 2026-03-26T10:00+01:00
          WED       | Morgen um 10:00 Uhr.        | 2026-03-26T10:00+01:00
          WED       | morgen 10 Uhr 30            | 2026-03-26T10:30+01:00
          WED       | übermorgen                  | 2026-03-27
          WED       | heute 18:30                 | 2026-03-25T18:30+01:00
          WED       | um 14.30 Uhr                | 2026-03-25T14:30+01:00
          WED       | in 3 Tagen                  | 2026-03-28
          WED       | in 2 Wochen                 | 2026-04-08
          WED       | in einer Woche              | 2026-04-01
          WED       | in 3 Monaten                | 2026-06-25
          WED       | in 2 Jahren                 | 2028-03-25
          WED       | in 2 Stunden                | 2026-03-25T11:00+01:00
          WED       | in einer halben Stunde      | 2026-03-25T09:30+01:00
          WED       | Freitag 18 Uhr              | 2026-03-27T18:00+01:00
          WED       | Fr 18:00                    | 2026-03-27T18:00+01:00
          WED       | Freitag 18                  | 2026-03-27T18:00+01:00
          WED       | am Montag um 9              | 2026-03-30T09:00+02:00
          WED       | nächsten Montag             | 2026-03-30
          WED       | Sonntag                     | 2026-03-29
          WED       | 25.12.                      | 2026-12-25
          WED       | am 25.12. um 14:30          | 2026-12-25T14:30+01:00
          WED       | 25. Dezember                | 2026-12-25
          WED       | 1. April 2026 um 9 Uhr      | 2026-04-01T09:00+02:00
          WED       | Fr., 27.03.                 | 2026-03-27
          WED       | 29.02.                      | 2028-02-29
          WED       | morgen Abend um 8           | 2026-03-26T20:00+01:00
          WED       | übermorgen um 7 Uhr abends  | 2026-03-27T19:00+01:00
          WED       | gestern                     | PAST
          WED       | heute um 8                  | PAST
          WED       | heute Abend                 | AMBIGUOUS
          WED       | heute morgen                | AMBIGUOUS
          WED       | Do 27.03.                   | AMBIGUOUS
          WED       | Dezember                    | AMBIGUOUS
          WED       | 31.02.                      | UNREADABLE
          WED       | morgen vielleicht           | UNREADABLE
          """)
  void readsGermanPhrasings(String now, String text, String expected) {
    // given
    ZonedDateTime at = WhenTable.now(now);
    // when
    When when = WhenParser.parse(text, at);
    // then
    assertThat(when).isEqualTo(WhenTable.expected(expected, at));
  }
}
