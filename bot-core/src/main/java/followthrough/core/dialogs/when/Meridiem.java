package followthrough.core.dialogs.when;

import java.util.OptionalInt;

/** Which half of the day an hour means: "10 am", "7 Uhr abends", "в 2 ночи". */
enum Meridiem {
  AM,
  PM,
  NIGHT;

  /** The 24-hour clock hour, or empty if {@code hour} makes no sense in this part of the day. */
  OptionalInt toHour(int hour) {
    if (this == AM) {
      return hour == 12 ? OptionalInt.of(0) : within(hour, 1, 11, 0);
    }
    if (this == PM) {
      // "20 Uhr abends" and "13pm" are redundant but not unclear, so they are taken
      return hour == 12 || (hour >= 13 && hour <= 23)
          ? OptionalInt.of(hour)
          : within(hour, 1, 11, 12);
    }
    if (hour == 12) {
      return OptionalInt.of(0);
    }
    return hour >= 9 && hour <= 11 ? OptionalInt.of(hour + 12) : within(hour, 0, 5, 0);
  }

  private static OptionalInt within(int hour, int from, int to, int shift) {
    return hour >= from && hour <= to ? OptionalInt.of(hour + shift) : OptionalInt.empty();
  }
}
