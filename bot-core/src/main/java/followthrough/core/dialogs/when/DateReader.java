package followthrough.core.dialogs.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads calendar dates: "2026-12-25", "25.12.", "25.12.2026", "25/12", "25 Dec", "Dec 25 2026",
 * "25. Dezember", "25 декабря 2026 года".
 */
final class DateReader {

  private static final Set<String> AFTER_YEAR = Set.of("года", "г");

  private DateReader() {}

  static int read(Tokens t, int at, Reading reading) {
    Optional<Token> token = t.at(at);
    if (token.isEmpty()) {
      return 0;
    }
    Token tok = token.get();
    switch (tok.kind()) {
      case ISO:
        add(reading, new DaySpec.OnDate(tok.part(2), tok.part(1), tok.part(0)));
        return 1;
      case DOTTED:
        return dotted(t, at, tok, reading);
      case SLASH:
        return slash(tok, reading);
      case NUMBER:
        return dayThenMonth(t, at, reading);
      case WORD:
        return monthThenDay(t, at, reading);
      default:
        return 0;
    }
  }

  private static int dotted(Tokens t, int at, Token tok, Reading reading) {
    int first = tok.part(0);
    int second = tok.part(1);
    boolean couldBeTime = !tok.closed() && first <= 23 && second <= 59;
    // "14.30 Uhr" and "heute 14.30" are times; "25.12" and "10.11" are dates, as in de and ru
    if (couldBeTime && (Words.hourWord(t.word(at + 1)) || second > 12)) {
      return 0;
    }
    add(reading, new DaySpec.OnDate(first, second, tok.part(2)));
    return 1;
  }

  /** "1/2" is the 1st of February or January 2nd: taken only when one reading is possible. */
  private static int slash(Token tok, Reading reading) {
    List<DaySpec.OnDate> readings =
        Stream.of(
                new DaySpec.OnDate(tok.part(0), tok.part(1), tok.part(2)),
                new DaySpec.OnDate(tok.part(1), tok.part(0), tok.part(2)))
            .filter(DaySpec.OnDate::possible)
            .distinct()
            .toList();
    if (readings.size() == 1) {
      reading.days.add(readings.get(0));
    } else if (readings.isEmpty()) {
      reading.unreadable = true;
    } else {
      reading.ambiguous = true;
    }
    return 1;
  }

  private static int dayThenMonth(Tokens t, int at, Reading reading) {
    int day = t.number(at);
    int monthAt = t.word(at + 1).equals("of") ? at + 2 : at + 1; // "25th of December"
    Optional<Integer> month = Words.month(t.word(monthAt));
    if (day < 1 || day > 31 || month.isEmpty()) {
      return 0;
    }
    add(reading, new DaySpec.OnDate(day, month.get(), year(t, monthAt + 1)));
    return monthAt - at + 1 + yearLength(t, monthAt + 1);
  }

  private static int monthThenDay(Tokens t, int at, Reading reading) {
    Optional<Integer> month = Words.month(t.word(at));
    if (month.isEmpty()) {
      return 0;
    }
    int day = t.number(at + 1);
    String after = t.word(at + 2);
    boolean hourFollows = Words.hourWord(after) || Words.meridiem(after).isPresent();
    if (day < 1 || day > 31 || hourFollows) {
      // "December" alone names a month, not a day
      reading.ambiguous = true;
      return 1;
    }
    add(reading, new DaySpec.OnDate(day, month.get(), year(t, at + 2)));
    return 2 + yearLength(t, at + 2);
  }

  private static int year(Tokens t, int at) {
    int number = t.number(at);
    return number >= 1000 ? number : 0;
  }

  private static int yearLength(Tokens t, int at) {
    if (year(t, at) == 0) {
      return 0;
    }
    return AFTER_YEAR.contains(t.word(at + 1)) ? 2 : 1;
  }

  private static void add(Reading reading, DaySpec.OnDate date) {
    if (date.possible()) {
      reading.days.add(date);
    } else {
      reading.unreadable = true;
    }
  }
}
