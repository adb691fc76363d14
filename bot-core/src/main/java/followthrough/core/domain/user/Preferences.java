package followthrough.core.domain.user;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What a user set in {@code /settings} besides language and zone: the hour of the morning agenda,
 * quiet hours (no nudges from {@code quietFrom} until {@code quietUntil}, local time), the
 * follow-up cadence (as {@code 3d,3w,3m}), after how many days without an order a customer counts
 * as inactive, after how many days without progress an onboarding checklist counts as stalled (and
 * is nudged), and for sponsors and team leaders: after how many days without activity a first-line
 * member counts as silent (while new, and afterwards), and the day and hour of the team digest.
 *
 * @param checklistStallDays days without progress after which a checklist is nudged
 * @param silentNewDays days without activity after which a new member (first 30 days) is silent
 * @param silentLaterDays the same for members past their first 30 days
 * @param digestDay the weekday (in the user's zone) a team leader's weekly digest is posted on
 * @param digestHour the hour of that day, 0 to 23
 */
public record Preferences(
    int agendaHour,
    LocalTime quietFrom,
    LocalTime quietUntil,
    String cadence,
    int inactiveAfterDays,
    int checklistStallDays,
    int silentNewDays,
    int silentLaterDays,
    DayOfWeek digestDay,
    int digestHour) {

  /** Days without progress before a checklist is nudged, unless the user set another number. */
  public static final int DEFAULT_STALL_DAYS = 3;

  /**
   * Agenda at 08:00, quiet from 21:00 to 08:00, cadence 3d,3w,3m, inactive after 60 days, a
   * checklist stalled after 3 days, members silent after 5 days while new and 14 afterwards, digest
   * on Mondays at 09:00.
   */
  public static final Preferences DEFAULT =
      new Preferences(8, LocalTime.of(21, 0), LocalTime.of(8, 0), "3d,3w,3m", 60);

  public Preferences {
    Objects.requireNonNull(quietFrom, "quietFrom");
    Objects.requireNonNull(quietUntil, "quietUntil");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(digestDay, "digestDay");
    if (agendaHour < 0 || agendaHour > 23 || digestHour < 0 || digestHour > 23) {
      throw new IllegalArgumentException("agenda and digest hours must be 0 to 23");
    }
    if (inactiveAfterDays < 1
        || checklistStallDays < 1
        || silentNewDays < 1
        || silentLaterDays < 1) {
      throw new IllegalArgumentException("inactive, stalled and silent after at least one day");
    }
  }

  /**
   * Preferences with the checklist and team settings at their defaults (profiles stored before
   * those existed).
   */
  public Preferences(
      int agendaHour,
      LocalTime quietFrom,
      LocalTime quietUntil,
      String cadence,
      int inactiveAfterDays) {
    this(
        agendaHour,
        quietFrom,
        quietUntil,
        cadence,
        inactiveAfterDays,
        DEFAULT_STALL_DAYS,
        5,
        14,
        DayOfWeek.MONDAY,
        9);
  }

  public Preferences withAgendaHour(int hour) {
    return new Preferences(
        hour,
        quietFrom,
        quietUntil,
        cadence,
        inactiveAfterDays,
        checklistStallDays,
        silentNewDays,
        silentLaterDays,
        digestDay,
        digestHour);
  }

  public Preferences withQuietHours(LocalTime from, LocalTime until) {
    return new Preferences(
        agendaHour,
        from,
        until,
        cadence,
        inactiveAfterDays,
        checklistStallDays,
        silentNewDays,
        silentLaterDays,
        digestDay,
        digestHour);
  }

  public Preferences withCadence(String newCadence) {
    return new Preferences(
        agendaHour,
        quietFrom,
        quietUntil,
        newCadence,
        inactiveAfterDays,
        checklistStallDays,
        silentNewDays,
        silentLaterDays,
        digestDay,
        digestHour);
  }

  public Preferences withInactiveAfterDays(int days) {
    return new Preferences(
        agendaHour,
        quietFrom,
        quietUntil,
        cadence,
        days,
        checklistStallDays,
        silentNewDays,
        silentLaterDays,
        digestDay,
        digestHour);
  }

  public Preferences withChecklistStallDays(int days) {
    return new Preferences(
        agendaHour,
        quietFrom,
        quietUntil,
        cadence,
        inactiveAfterDays,
        days,
        silentNewDays,
        silentLaterDays,
        digestDay,
        digestHour);
  }

  /** These preferences with other silent-member thresholds (new members, later). */
  public Preferences withSilentDays(int whileNew, int later) {
    return new Preferences(
        agendaHour,
        quietFrom,
        quietUntil,
        cadence,
        inactiveAfterDays,
        checklistStallDays,
        whileNew,
        later,
        digestDay,
        digestHour);
  }

  /** These preferences with another day and hour for the team digest. */
  public Preferences withDigest(DayOfWeek day, int hour) {
    return new Preferences(
        agendaHour,
        quietFrom,
        quietUntil,
        cadence,
        inactiveAfterDays,
        checklistStallDays,
        silentNewDays,
        silentLaterDays,
        day,
        hour);
  }
}
