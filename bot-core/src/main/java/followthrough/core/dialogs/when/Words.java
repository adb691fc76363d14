package followthrough.core.dialogs.when;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words {@link WhenParser} knows, in English, German and Russian, after normalisation (lower
 * case, "ё" read as "е"). Each list is one line per meaning so that adding a spelling is a one-word
 * change.
 */
final class Words {

  /** A step of a relative offset ("in 3 days", "через 2 часа"). */
  enum Unit {
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** Minutes and hours move the clock; the others move the calendar and keep no time. */
    boolean exact() {
      return this == MINUTE || this == HOUR;
    }
  }

  private static final Map<String, Integer> RELATIVE_DAYS =
      index(
          -2,
          "ereyesterday vorgestern позавчера",
          "yesterday gestern вчера",
          "today heute сегодня",
          "tomorrow tmrw tmr morgen завтра",
          "overmorrow übermorgen uebermorgen послезавтра");

  private static final Map<String, Integer> WEEKDAYS =
      index(
          1,
          "monday mon montag mo понедельник пн",
          "tuesday tue tues dienstag di вторник вт",
          "wednesday wed mittwoch mi среда среду ср",
          "thursday thu thur thurs donnerstag do четверг чт",
          "friday fri freitag fr пятница пятницу пт",
          "saturday sat samstag sonnabend sa суббота субботу сб",
          "sunday sun sonntag so воскресенье вс");

  private static final Map<String, Integer> MONTHS =
      index(
          1,
          "january jan januar jänner январь января янв",
          "february feb februar февраль февраля фев",
          "march mar märz maerz mär март марта мар",
          "april apr апрель апреля апр",
          "may mai май мая",
          "june jun juni июнь июня",
          "july jul juli июль июля",
          "august aug август августа авг",
          "september sep sept сентябрь сентября сен сент",
          "october oct oktober okt октябрь октября окт",
          "november nov ноябрь ноября ноя нояб",
          "december dec dezember dez декабрь декабря дек");

  private static final Map<String, Integer> NUMBERS =
      index(
          1,
          "a an one ein eine einer einem einen один одна одну",
          "two zwei два две",
          "three drei три",
          "four vier четыре",
          "five fünf пять",
          "six sechs шесть",
          "seven sieben семь",
          "eight acht восемь",
          "nine neun девять",
          "ten zehn десять",
          "eleven elf одиннадцать",
          "twelve zwölf двенадцать");

  private static final Map<String, Integer> UNITS =
      index(
          0,
          "min mins minute minutes minuten минута минуту минуты минут мин",
          "hour hours hr hrs h stunde stunden std час часа часов ч",
          "day days tag tage tagen день дня дней сутки суток",
          "week weeks wk woche wochen неделя неделю недели недель нед",
          "month months monat monate monaten месяц месяца месяцев мес",
          "year years jahr jahre jahren год года лет");

  /** The suffixes of "10 am", "8 Uhr abends" and "7 вечера"; "дня" only after "в" (see use). */
  private static final Map<String, Integer> MERIDIEMS =
      index(
          0,
          "am morning vormittags morgens früh утра",
          "pm afternoon evening nachmittags abends mittags вечера дня",
          "night nachts ночи");

  /** Parts of the day standing alone: "tomorrow evening", "morgen Abend", "завтра вечером". */
  private static final Map<String, Integer> DAYPARTS =
      index(
          0,
          "morning morgens früh vormittag vormittags утром",
          "afternoon evening nachmittag nachmittags abend abends днем вечером",
          "night nacht nachts ночью");

  private static final Set<String> HOUR_WORDS = set("uhr oclock h час часа часов ч");
  private static final Set<String> TIME_PREPOSITIONS = set("at um в во gegen around около");
  private static final Set<String> NEXT =
      set(
          "next nächsten nächster nächste naechsten kommenden kommender следующий следующую"
              + " следующее следующая");
  private static final Set<String> THIS =
      set("this coming diesen dieser diese этот эту это ближайший ближайшую ближайшее ближайшая");
  private static final Set<String> NOISE =
      set("the of on am for by until please time t den dem der für bis bitte на пожалуйста");
  private static final Set<String> NOON = set("noon midday mittag mittags полдень");
  private static final Set<String> MIDNIGHT = set("midnight mitternacht полночь");

  private Words() {}

  static Optional<Integer> relativeDays(String word) {
    return Optional.ofNullable(RELATIVE_DAYS.get(word));
  }

  static Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(WEEKDAYS.get(word)).map(DayOfWeek::of);
  }

  static Optional<Integer> month(String word) {
    return Optional.ofNullable(MONTHS.get(word));
  }

  static Optional<Integer> number(String word) {
    return Optional.ofNullable(NUMBERS.get(word));
  }

  static Optional<Unit> unit(String word) {
    return Optional.ofNullable(UNITS.get(word)).map(i -> Unit.values()[i]);
  }

  static Optional<Meridiem> meridiem(String word) {
    return Optional.ofNullable(MERIDIEMS.get(word)).map(i -> Meridiem.values()[i]);
  }

  static Optional<Meridiem> daypart(String word) {
    return Optional.ofNullable(DAYPARTS.get(word)).map(i -> Meridiem.values()[i]);
  }

  static boolean hourWord(String word) {
    return HOUR_WORDS.contains(word);
  }

  static boolean timePreposition(String word) {
    return TIME_PREPOSITIONS.contains(word);
  }

  static boolean next(String word) {
    return NEXT.contains(word);
  }

  static boolean thisOne(String word) {
    return THIS.contains(word);
  }

  static boolean noise(String word) {
    return NOISE.contains(word);
  }

  static boolean noon(String word) {
    return NOON.contains(word);
  }

  static boolean midnight(String word) {
    return MIDNIGHT.contains(word);
  }

  private static Set<String> set(String words) {
    return Set.of(words.split(" "));
  }

  /** Maps every word of line {@code k} to {@code first + k}. */
  private static Map<String, Integer> index(int first, String... lines) {
    Map<String, Integer> map = new HashMap<>();
    for (int k = 0; k < lines.length; k++) {
      for (String word : lines[k].split(" ")) {
        map.put(word, first + k);
      }
    }
    return Map.copyOf(map);
  }
}
