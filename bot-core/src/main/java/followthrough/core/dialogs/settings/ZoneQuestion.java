package followthrough.core.dialogs.settings;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.user.TimeZones;
import followthrough.core.i18n.Phrase;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared "which time zone?" question: buttons for the cities most users live near, and a typed
 * city, zone id or offset read by {@link TimeZones}. Button values are {@code tz:<zone id>}.
 * Stateless and thread-safe.
 */
public final class ZoneQuestion {

  private static final String TZ = "tz:";
  private static final Map<String, ZoneId> CITIES = new LinkedHashMap<>();

  static {
    CITIES.put("settings.zone.city.berlin", ZoneId.of("Europe/Berlin"));
    CITIES.put("settings.zone.city.vienna", ZoneId.of("Europe/Vienna"));
    CITIES.put("settings.zone.city.zurich", ZoneId.of("Europe/Zurich"));
    CITIES.put("settings.zone.city.moscow", ZoneId.of("Europe/Moscow"));
    CITIES.put("settings.zone.city.kyiv", TimeZones.kyiv());
    CITIES.put("settings.zone.city.london", ZoneId.of("Europe/London"));
  }

  private ZoneQuestion() {}

  /** The question with the city buttons, three to a row. */
  public static Reply ask() {
    return Reply.key("settings.ask.zone").withRows(cityRows());
  }

  /** The question again, after an answer that names no zone. */
  public static Reply again() {
    return Reply.of(Phrase.of("settings.zone.unknown"), Phrase.of("settings.ask.zone"))
        .withRows(cityRows());
  }

  /** The zone a pressed city or typed text names, or empty. */
  public static Optional<ZoneId> read(Input input) {
    if (input instanceof Input.Button b && b.value().startsWith(TZ)) {
      try {
        return Optional.of(ZoneId.of(b.value().substring(TZ.length())));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    if (input instanceof Input.Text t) {
      return TimeZones.parse(t.text());
    }
    return Optional.empty();
  }

  /** The confirmation: the zone and the time of day there now, so the user can check it. */
  public static Phrase saved(ZoneId zone, Instant now) {
    return Phrase.of(
        "settings.saved.zone",
        "zone",
        TimeZones.display(zone),
        "time",
        now.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES));
  }

  private static List<List<Choice>> cityRows() {
    List<List<Choice>> rows = new ArrayList<>();
    List<Choice> row = new ArrayList<>();
    for (Map.Entry<String, ZoneId> city : CITIES.entrySet()) {
      row.add(Choice.of(city.getKey(), TZ + city.getValue().getId()));
      if (row.size() == 3) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    return rows;
  }
}
