package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Russian phrasings with their inflections, read at fixed moments in Berlin. */
class WhenParserRussianTest {

  @ParameterizedTest(name = "[{index}] at {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # now     | text                        | expected
          WED       | завтра в 10                 | 2026-03-26T10:00+01:00
          WED       | завтра в 10:00              | 2026-03-26T10:00+01:00
          WED       | Завтра в 10 часов           | 2026-03-26T10:00+01:00
          WED       | послезавтра                 | 2026-03-27
          WED       | сегодня в 18:30             | 2026-03-25T18:30+01:00
          WED       | в 14.30                     | 2026-03-25T14:30+01:00
          WED       | через 1 день                | 2026-03-26
          WED       | через 3 дня                 | 2026-03-28
          WED       | через 5 дней                | 2026-03-30
          WED       | через неделю                | 2026-04-01
          WED       | через 2 недели              | 2026-04-08
          WED       | через две недели            | 2026-04-08
          WED       | через 5 недель              | 2026-04-29
          WED       | через месяц                 | 2026-04-25
          WED       | через 3 месяца              | 2026-06-25
          WED       | через 6 месяцев             | 2026-09-25
          WED       | через час                   | 2026-03-25T10:00+01:00
          WED       | через 2 часа                | 2026-03-25T11:00+01:00
          WED       | через 5 часов               | 2026-03-25T14:00+01:00
          WED       | через полчаса               | 2026-03-25T09:30+01:00
          WED       | в пятницу в 18:00           | 2026-03-27T18:00+01:00
          WED       | пт 18:00                    | 2026-03-27T18:00+01:00
          WED       | в понедельник               | 2026-03-30
          WED       | во вторник в 9              | 2026-03-31T09:00+02:00
          WED       | в следующую среду           | 2026-04-01
          WED       | 25 декабря                  | 2026-12-25
          WED       | 25-го декабря в 14:30       | 2026-12-25T14:30+01:00
          WED       | 25.12 в 14:30               | 2026-12-25T14:30+01:00
          WED       | 25 декабря 2026 года        | 2026-12-25
          WED       | 1 января                    | 2027-01-01
          WED       | завтра в 7 вечера           | 2026-03-26T19:00+01:00
          WED       | сегодня в 3 дня             | 2026-03-25T15:00+01:00
          WED       | завтра вечером в 8          | 2026-03-26T20:00+01:00
          WED       | вчера                       | PAST
          WED       | сегодня в 8:00              | PAST
          WED       | завтра вечером              | AMBIGUOUS
          WED       | 3                           | AMBIGUOUS
          WED       | привет                      | UNREADABLE
          WED       | через 3 попугая             | UNREADABLE
          """)
  void readsRussianPhrasings(String now, String text, String expected) {
    // given
    ZonedDateTime at = WhenTable.now(now);
    // when
    When when = WhenParser.parse(text, at);
    // then
    assertThat(when).isEqualTo(WhenTable.expected(expected, at));
  }
}
