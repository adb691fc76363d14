package followthrough.core.domain.user;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time zone as people type it: a zone id ("Europe/Berlin"), a city in English, German or
 * Russian ("Berlin", "Wien", "München", "Москва", "Kyiv", "Киев"), or an offset from UTC ("+3",
 * "UTC+03:00", "GMT-5", "МСК+1"). Case, accents, {@code ё} and dashes do not matter. Stateless and
 * thread-safe.
 */
public final class TimeZones {

  private static final Pattern OFFSET =
      Pattern.compile("(utc|gmt|мск|msk)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final String[] REGIONS = {
    "Europe/", "America/", "Asia/", "Africa/", "Australia/", "Atlantic/", "Pacific/", "Indian/"
  };
  private static final int MOSCOW_HOURS = 3;
  private static final Map<String, ZoneId> BY_ID = new HashMap<>();
  private static final Map<String, ZoneId> BY_NAME = new HashMap<>();

  static {
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      BY_ID.putIfAbsent(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
      for (String region : REGIONS) {
        if (id.startsWith(region)) {
          String city = id.substring(id.lastIndexOf('/') + 1);
          BY_NAME.putIfAbsent(normalize(city), ZoneId.of(id));
        }
      }
    }
    BY_NAME.putAll(CityZones.table());
  }

  private TimeZones() {}

  /** The zone the text names, or empty when it names none. */
  public static Optional<ZoneId> parse(String text) {
    String t = text.strip();
    String key = normalize(t);
    if (key.equals("utc") || key.equals("gmt") || key.equals("z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    ZoneId byId = BY_ID.get(t.toLowerCase(Locale.ROOT));
    if (byId != null) {
      return Optional.of(byId);
    }
    ZoneId byName = BY_NAME.get(key);
    return byName != null ? Optional.of(byName) : offset(key.replace(" ", ""));
  }

  /** How a zone is shown: its id, or {@code UTC+03:00} for a fixed offset. */
  public static String display(ZoneId zone) {
    ZoneId normalized = zone.normalized();
    if (normalized instanceof ZoneOffset offset && !(zone.getId().contains("/"))) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    return zone.getId();
  }

  /** Kyiv, under the name the installed zone database knows (renamed from Kiev in 2022). */
  public static ZoneId kyiv() {
    return ZoneId.getAvailableZoneIds().contains("Europe/Kyiv")
        ? ZoneId.of("Europe/Kyiv")
        : ZoneId.of("Europe/Kiev");
  }

  /** Lower case, without accents, dots, dashes, underscores or apostrophes, single spaces. */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace("ß", "ss")
        .replace('−', '-')
        .replace('–', '-')
        .replaceAll("[._'’/]", " ")
        .replaceAll("(?<=\\p{L})-(?=\\p{L})", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Optional<ZoneId> offset(String key) {
    Matcher m = OFFSET.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sign = m.group(2).equals("-") ? -1 : 1;
    int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int total = sign * (Integer.parseInt(m.group(3)) * 60 + minutes);
    if (m.group(1) != null && (m.group(1).equals("мск") || m.group(1).equals("msk"))) {
      total += MOSCOW_HOURS * 60;
    }
    if (minutes % 15 != 0 || minutes >= 60 || total < -12 * 60 || total > 14 * 60) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneOffset.ofTotalSeconds(total * 60));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
