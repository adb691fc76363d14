package followthrough.core.dialogs.when;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads times of day: "14:30", "at 10", "um 10 Uhr", "в 10", "6pm", "6:30 pm", "18 Uhr", "14.30
 * Uhr", "10 Uhr 30", "7 Uhr abends", "в 7 вечера", "в 3 дня", "noon".
 *
 * <p>A number alone is not taken here: "10" could be an hour or a day of the month, so {@link
 * Resolver} decides with what else was typed.
 */
final class TimeReader {

  private TimeReader() {}

  static int read(Tokens t, int at, Reading reading) {
    boolean preposition = Words.timePreposition(t.word(at));
    int start = preposition ? at + 1 : at;
    int used = time(t, start, preposition, reading);
    if (used > 0) {
      return used + start - at;
    }
    // "в пятницу", "um Mitternacht": a preposition before something else is filler
    return preposition ? 1 : 0;
  }

  private static int time(Tokens t, int at, boolean preposition, Reading reading) {
    Optional<Token> token = t.at(at);
    if (token.isEmpty()) {
      return 0;
    }
    Token tok = token.get();
    boolean written = tok.is(Token.Kind.CLOCK) || dottedTime(t, at, tok, preposition);
    boolean plain = tok.is(Token.Kind.NUMBER) && Words.month(t.word(at + 1)).isEmpty();
    if (!written && !plain) {
      return special(t.word(at), reading);
    }
    int end = at + 1;
    boolean hourWord = Words.hourWord(t.word(end));
    end += hourWord ? 1 : 0;
    int minute = written ? tok.part(1) : 0;
    if (plain && t.word(end - 1).equals("uhr") && t.number(end) >= 0) {
      minute = t.number(end); // "10 Uhr 30"
      end++;
    }
    Optional<Meridiem> meridiem = meridiem(t.word(end), preposition);
    end += meridiem.isPresent() ? 1 : 0;
    if (plain && !preposition && !hourWord && meridiem.isEmpty()) {
      return 0;
    }
    add(reading, tok.part(0), minute, meridiem);
    return end - at;
  }

  /** "14.30" is a time after "um" or "в", before "Uhr", or when it cannot be a date. */
  private static boolean dottedTime(Tokens t, int at, Token tok, boolean preposition) {
    boolean shaped =
        tok.is(Token.Kind.DOTTED)
            && !tok.closed()
            && tok.text().length() - tok.text().indexOf('.') == 3
            && tok.part(0) <= 23
            && tok.part(1) <= 59;
    return shaped && (preposition || Words.hourWord(t.word(at + 1)) || tok.part(1) > 12);
  }

  private static Optional<Meridiem> meridiem(String word, boolean preposition) {
    // "3 дня" alone is more likely "3 days" said without "через"; "в 3 дня" is 15:00
    return word.equals("дня") && !preposition ? Optional.empty() : Words.meridiem(word);
  }

  private static int special(String word, Reading reading) {
    if (Words.noon(word)) {
      reading.times.add(new ClockTime(12, 0, false));
      return 1;
    }
    if (Words.midnight(word)) {
      // the start or the end of the day named? asked back, not guessed
      reading.ambiguous = true;
      return 1;
    }
    return 0;
  }

  private static void add(Reading reading, int hour, int minute, Optional<Meridiem> meridiem) {
    OptionalInt clockHour =
        meridiem.isPresent()
            ? meridiem.get().toHour(hour)
            : (hour <= 23 ? OptionalInt.of(hour) : OptionalInt.empty());
    if (minute > 59 || clockHour.isEmpty()) {
      reading.unreadable = true;
      return;
    }
    boolean open = meridiem.isEmpty() && hour >= 1 && hour <= 12;
    reading.times.add(new ClockTime(clockHour.getAsInt(), minute, open));
  }
}
