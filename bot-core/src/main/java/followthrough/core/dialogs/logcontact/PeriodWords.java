package followthrough.core.dialogs.logcontact;

import followthrough.core.i18n.Phrase;
import java.time.Period;
import java.util.List;

/**
 * Periods in words, such as "3 days, 3 weeks and 3 months", for the suggested follow-up's button.
 * The word form is picked by the number with the Russian plural rules (a single one, 21, 22–24,
 * 25–30); English and German use the same plural text for the last three, so the rule fits all
 * three languages.
 */
final class PeriodWords {

  private PeriodWords() {}

  /** The periods joined: "3 days", "3 days and 3 weeks", "3 days, 3 weeks and 3 months". */
  static Phrase list(List<Period> periods) {
    List<Phrase> words = periods.stream().map(PeriodWords::one).toList();
    Phrase last = words.get(words.size() - 1);
    if (words.size() == 1) {
      return last;
    }
    Phrase rest = words.get(0);
    for (int i = 1; i < words.size() - 1; i++) {
      rest = Phrase.of("logcontact.followup.period.comma", "first", rest, "next", words.get(i));
    }
    return Phrase.of("logcontact.followup.period.and", "rest", rest, "last", last);
  }

  /** One period: months, whole weeks, or days. */
  static Phrase one(Period period) {
    String unit;
    int n;
    if (period.toTotalMonths() > 0) {
      unit = "MONTHS";
      n = (int) period.toTotalMonths();
    } else if (period.getDays() % 7 == 0) {
      unit = "WEEKS";
      n = period.getDays() / 7;
    } else {
      unit = "DAYS";
      n = period.getDays();
    }
    return Phrase.of("logcontact.followup.period." + unit + "." + form(n), "n", n);
  }

  /**
   * The word form for {@code n}: single (exactly one), one (21, 31, ...), few (2–4, 22–24), many.
   */
  static String form(int n) {
    if (n == 1) {
      return "single";
    }
    int lastDigit = n % 10;
    int lastTwo = n % 100;
    if (lastDigit == 1 && lastTwo != 11) {
      return "one";
    }
    if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
      return "few";
    }
    return "many";
  }
}
