package followthrough.core.domain.user;

import java.time.LocalTime;
import java.util.Objects;

/**
 * What a user set in {@code /settings} besides language and zone: the hour of the morning agenda,
 * quiet hours (no nudges from {@code quietFrom} until {@code quietUntil}, local time), the
 * follow-up cadence (as {@code 3d,3w,3m}), after how many days without an order a customer counts
 * as inactive, and after how many days without progress an onboarding checklist counts as stalled
 * (and is nudged).
 */
public record Preferences(
    int agendaHour,
    LocalTime quietFrom,
    LocalTime quietUntil,
    String cadence,
    int inactiveAfterDays,
    int checklistStallDays) {

  /** Days without progress before a checklist is nudged, unless the user set another number. */
  public static final int DEFAULT_STALL_DAYS = 3;

  /**
   * Agenda at 08:00, quiet from 21:00 to 08:00, cadence 3d,3w,3m, inactive after 60 days, a
   * checklist stalled after 3 days.
   */
  public static final Preferences DEFAULT =
      new Preferences(8, LocalTime.of(21, 0), LocalTime.of(8, 0), "3d,3w,3m", 60);

  /** Preferences with the default checklist stall ({@link #DEFAULT_STALL_DAYS}). */
  public Preferences(
      int agendaHour,
      LocalTime quietFrom,
      LocalTime quietUntil,
      String cadence,
      int inactiveAfterDays) {
    this(agendaHour, quietFrom, quietUntil, cadence, inactiveAfterDays, DEFAULT_STALL_DAYS);
  }

  public Preferences {
    Objects.requireNonNull(quietFrom, "quietFrom");
    Objects.requireNonNull(quietUntil, "quietUntil");
    Objects.requireNonNull(cadence, "cadence");
    if (agendaHour < 0 || agendaHour > 23) {
      throw new IllegalArgumentException("agenda hour must be 0 to 23");
    }
    if (inactiveAfterDays < 1) {
      throw new IllegalArgumentException("inactive after at least one day");
    }
    if (checklistStallDays < 1) {
      throw new IllegalArgumentException("stalled after at least one day");
    }
  }

  public Preferences withAgendaHour(int hour) {
    return new Preferences(
        hour, quietFrom, quietUntil, cadence, inactiveAfterDays, checklistStallDays);
  }

  public Preferences withQuietHours(LocalTime from, LocalTime until) {
    return new Preferences(agendaHour, from, until, cadence, inactiveAfterDays, checklistStallDays);
  }

  public Preferences withCadence(String newCadence) {
    return new Preferences(
        agendaHour, quietFrom, quietUntil, newCadence, inactiveAfterDays, checklistStallDays);
  }

  public Preferences withInactiveAfterDays(int days) {
    return new Preferences(agendaHour, quietFrom, quietUntil, cadence, days, checklistStallDays);
  }

  public Preferences withChecklistStallDays(int days) {
    return new Preferences(agendaHour, quietFrom, quietUntil, cadence, inactiveAfterDays, days);
  }
}
