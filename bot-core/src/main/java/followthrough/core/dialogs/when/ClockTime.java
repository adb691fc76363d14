package followthrough.core.dialogs.when;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A time of day as typed.
 *
 * @param open typed as 1 to 12 without "am", "Uhr abends" or "вечера", so a part of the day typed
 *     elsewhere ("tomorrow evening at 8") still decides the half of the day; alone it is 24-hour
 */
record ClockTime(int hour, int minute, boolean open) {

  /** The time meant, given the part of the day typed elsewhere, if any. */
  Optional<LocalTime> in(Optional<Meridiem> daypart) {
    int h = hour;
    if (open && daypart.isPresent()) {
      var shifted = daypart.get().toHour(hour);
      if (shifted.isEmpty()) {
        return Optional.empty();
      }
      h = shifted.getAsInt();
    }
    return Optional.of(LocalTime.of(h, minute));
  }
}
