package followthrough.core.dialogs.when;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Walks the tokens left to right; at each position the first piece reader that recognises something
 * consumes it. A token that no reader takes makes the whole text unreadable, so that "tomorrow with
 * Anna" is asked back rather than half understood.
 */
final class Reader {

  /** Reads a piece at a position and returns how many tokens it used; 0 if it is not its kind. */
  interface Piece {
    int read(Tokens tokens, int at, Reading reading);
  }

  private static final List<Piece> PIECES =
      List.of(
          Reader::shift,
          Reader::relativeDay,
          Reader::weekday,
          DateReader::read,
          TimeReader::read,
          Reader::loose);

  private Reader() {}

  static Reading read(Tokens tokens) {
    Reading reading = new Reading();
    int at = 0;
    while (at < tokens.size() && !reading.unreadable) {
      int used = 0;
      for (int p = 0; p < PIECES.size() && used == 0; p++) {
        used = PIECES.get(p).read(tokens, at, reading);
      }
      if (used == 0) {
        reading.unreadable = true;
      }
      at += used;
    }
    return reading;
  }

  /** "in 3 days", "in einer Woche", "через неделю", "3 days from now". */
  private static int shift(Tokens t, int at, Reading reading) {
    String first = t.word(at);
    if (first.equals("in") || first.equals("через")) {
      int amount = amount(t, at + 1);
      int unitAt = amount < 0 ? at + 1 : at + 2;
      Optional<Words.Unit> unit = Words.unit(t.word(unitAt));
      // "через неделю", "через час": the unit alone means one of it
      unit.ifPresent(u -> add(reading, u, amount < 0 ? 1 : amount));
      return unit.isPresent() ? unitAt - at + 1 : 0;
    }
    int amount = amount(t, at);
    Optional<Words.Unit> unit = Words.unit(t.word(at + 1));
    if (amount >= 0 && unit.isPresent() && t.word(at + 2).equals("fromnow")) {
      add(reading, unit.get(), amount);
      return 3;
    }
    return 0;
  }

  private static int amount(Tokens t, int at) {
    int digits = t.number(at);
    return digits >= 0 ? digits : Words.number(t.word(at)).orElse(-1);
  }

  private static void add(Reading reading, Words.Unit unit, int amount) {
    switch (unit) {
      case MINUTE -> reading.shifts.add(Duration.ofMinutes(amount));
      case HOUR -> reading.shifts.add(Duration.ofHours(amount));
      case DAY -> reading.days.add(new DaySpec.Ahead(Period.ofDays(amount)));
      case WEEK -> reading.days.add(new DaySpec.Ahead(Period.ofWeeks(amount)));
      case MONTH -> reading.days.add(new DaySpec.Ahead(Period.ofMonths(amount)));
      case YEAR -> reading.days.add(new DaySpec.Ahead(Period.ofYears(amount)));
    }
  }

  /** "today", "morgen", "послезавтра", "yesterday". */
  private static int relativeDay(Tokens t, int at, Reading reading) {
    Optional<Integer> days = Words.relativeDays(t.word(at));
    days.ifPresent(d -> reading.days.add(new DaySpec.Ahead(Period.ofDays(d))));
    return days.isPresent() ? 1 : 0;
  }

  /** "friday", "nächsten Montag", "в следующую среду", "this Sunday". */
  private static int weekday(Tokens t, int at, Reading reading) {
    boolean next = Words.next(t.word(at));
    boolean modified = next || Words.thisOne(t.word(at));
    int dayAt = modified ? at + 1 : at;
    var day = Words.weekday(t.word(dayAt));
    day.ifPresent(d -> reading.days.add(new DaySpec.OnWeekday(d, next)));
    return day.isPresent() ? dayAt - at + 1 : 0;
  }

  /** Bare numbers and parts of the day, decided later; filler words, ignored. */
  private static int loose(Tokens t, int at, Reading reading) {
    int number = t.number(at);
    if (number >= 0) {
      reading.bareNumbers.add(number);
      return 1;
    }
    String word = t.word(at);
    Optional<Meridiem> daypart = Words.daypart(word);
    daypart.ifPresent(reading.dayparts::add);
    return daypart.isPresent() || Words.noise(word) ? 1 : 0;
  }
}
