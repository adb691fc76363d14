package followthrough.core.dialogs.settings;

import followthrough.core.domain.followup.Cadence;
import followthrough.core.domain.user.Preferences;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the settings as people type them: an hour ("8", "08:00", "8 Uhr"), quiet hours ("21-8",
 * "22:00-07:00", "22 bis 7", "с 22 до 7"), a rhythm ("3d,3w,3m", "3 Tage, 3 Wochen, 3 Monate", "3
 * дня, 3 недели, 3 месяца") and a number of days ("60", "60 Tage").
 */
final class SettingsInput {

  /** The longest inactivity threshold accepted, in days (ten years). */
  static final int MAX_DAYS = 3650;

  /** The longest a checklist may sit still before it is nudged, in days. */
  static final int MAX_STALL_DAYS = 60;

  /** The longest silent-member threshold accepted, in days. */
  static final int MAX_SILENT_DAYS = 365;

  private static final Pattern HOUR =
      Pattern.compile("(\\d{1,2})(?::00)?\\s*(?:uhr|h|ч|час|часа|часов|o'?clock)?[.:]?");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
  private static final Pattern RANGE =
      Pattern.compile("(?:from|von|ab|с)?\\s*(\\S+)\\s*(?:-|–|—|bis|to|until|till|до)\\s*(\\S+)");
  private static final Pattern STEP = Pattern.compile("(\\d{1,3})\\s*(\\p{L}+)\\.?");
  private static final Pattern STEP_GAP = Pattern.compile("[\\s,;]*(?:und|and|и)?[\\s,;]*");
  private static final Pattern DAYS = Pattern.compile("(\\d{1,4})\\s*\\p{L}*\\.?");
  private static final Map<String, String> UNITS = units();

  private SettingsInput() {}

  /** The preferences with a typed or pressed answer for one setting, or empty if unreadable. */
  static Optional<Preferences> apply(SettingsDialog.Step step, String answer, Preferences p) {
    return switch (step) {
      case AGENDA_HOUR -> hour(answer).map(p::withAgendaHour);
      case QUIET_HOURS -> quietHours(answer).map(q -> p.withQuietHours(q.from(), q.until()));
      case CADENCE -> cadence(answer).map(c -> p.withCadence(c.format()));
      case INACTIVE_DAYS -> days(answer).map(p::withInactiveAfterDays);
      case STALL_DAYS ->
          days(answer).filter(d -> d <= MAX_STALL_DAYS).map(p::withChecklistStallDays);
      case SILENT_NEW -> silentDays(answer).map(d -> p.withSilentDays(d, p.silentLaterDays()));
      case SILENT_LATER -> silentDays(answer).map(d -> p.withSilentDays(p.silentNewDays(), d));
      case DIGEST -> DigestTime.read(answer).map(t -> p.withDigest(t.day(), t.hour()));
      default -> Optional.empty();
    };
  }

  /** An hour of the day, 0 to 23. */
  static Optional<Integer> hour(String text) {
    Matcher m = HOUR.matcher(clean(text).replace('.', ':'));
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    return hour <= 23 ? Optional.of(hour) : Optional.empty();
  }

  /** Quiet hours: from a time to another, across midnight or not; the two must differ. */
  static Optional<QuietHours> quietHours(String text) {
    Matcher m = RANGE.matcher(clean(text).replace("uhr", "").replace('.', ':').strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<LocalTime> from = time(m.group(1));
    Optional<LocalTime> until = time(m.group(2));
    if (from.isEmpty() || until.isEmpty() || from.get().equals(until.get())) {
      return Optional.empty();
    }
    return Optional.of(new QuietHours(from.get(), until.get()));
  }

  /** A follow-up rhythm, with units in English, German or Russian, as {@link Cadence} allows. */
  static Optional<Cadence> cadence(String text) {
    Matcher m = STEP.matcher(clean(text));
    StringBuilder steps = new StringBuilder();
    int end = 0;
    while (m.find()) {
      String unit = UNITS.get(m.group(2));
      if (unit == null || !STEP_GAP.matcher(clean(text).substring(end, m.start())).matches()) {
        return Optional.empty();
      }
      steps.append(steps.length() == 0 ? "" : ",").append(m.group(1)).append(unit);
      end = m.end();
    }
    if (!STEP_GAP.matcher(clean(text).substring(end)).matches()) {
      return Optional.empty();
    }
    return Cadence.parse(steps.toString());
  }

  /** A number of days, 1 to {@link #MAX_DAYS}. */
  static Optional<Integer> days(String text) {
    Matcher m = DAYS.matcher(clean(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    int days = Integer.parseInt(m.group(1));
    return days >= 1 && days <= MAX_DAYS ? Optional.of(days) : Optional.empty();
  }

  /** A silent-member threshold, 1 to {@link #MAX_SILENT_DAYS} days. */
  static Optional<Integer> silentDays(String text) {
    return days(text).filter(d -> d <= MAX_SILENT_DAYS);
  }

  private static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
  }

  private static String clean(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  private static Map<String, String> units() {
    Map<String, String> units = new java.util.HashMap<>();
    for (String d : "d day days t tag tage tagen д дн день дня дней".split(" ")) {
      units.put(d, "d");
    }
    for (String w :
        "w wk week weeks wo woche wochen н нед неделя недели недель неделю".split(" ")) {
      units.put(w, "w");
    }
    for (String m :
        "m mo month months mon monat monate monaten м мес месяц месяца месяцев".split(" ")) {
      units.put(m, "m");
    }
    return Map.copyOf(units);
  }

  /** Quiet hours read from text. */
  record QuietHours(LocalTime from, LocalTime until) {}
}
