package followthrough.core.dialogs.settings;

import followthrough.core.conversation.Choice;
import followthrough.core.i18n.Phrase;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day and hour of the team digest as people type them: "monday 9", "Mo 18 Uhr", "пн 9", or as a
 * button sends it ("1 9": ISO day number and hour).
 *
 * @param hour 0 to 23
 */
record DigestTime(DayOfWeek day, int hour) {

  private static final Pattern DAY_HOUR = Pattern.compile("(\\p{L}+|[1-7])[\\s,.]+(.+)");
  private static final Map<String, DayOfWeek> DAYS = days();

  /** The day and hour in the text, or empty when it names none. */
  static Optional<DigestTime> read(String text) {
    Matcher m = DAY_HOUR.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    DayOfWeek day =
        m.group(1).chars().allMatch(Character::isDigit)
            ? DayOfWeek.of(Integer.parseInt(m.group(1)))
            : DAYS.get(m.group(1));
    if (day == null) {
      return Optional.empty();
    }
    return SettingsInput.hour(m.group(2)).map(h -> new DigestTime(day, h));
  }

  /** A weekday in words of the user's language. */
  static Phrase weekday(DayOfWeek day) {
    return Phrase.of("settings.weekday." + day.name().toLowerCase(Locale.ROOT));
  }

  /** A button for a day and hour, sending what {@link #read} reads. */
  static Choice choice(DayOfWeek day, int hour) {
    return new Choice(
        Phrase.of("settings.digest.at", "day", weekday(day), "time", LocalTime.of(hour, 0)),
        SettingsMenu.VALUE + day.getValue() + " " + hour);
  }

  private static Map<String, DayOfWeek> days() {
    String[] names = {
      "monday mon montag mo понедельник пн",
      "tuesday tue tues dienstag di вторник вт",
      "wednesday wed mittwoch mi среда ср",
      "thursday thu thurs donnerstag do четверг чт",
      "friday fri freitag fr пятница пт",
      "saturday sat samstag sa суббота сб",
      "sunday sun sonntag so воскресенье вс"
    };
    Map<String, DayOfWeek> days = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i].split(" ")) {
        days.put(name, DayOfWeek.of(i + 1));
      }
    }
    return Map.copyOf(days);
  }
}
