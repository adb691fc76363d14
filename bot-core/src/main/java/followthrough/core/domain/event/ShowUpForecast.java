package followthrough.core.domain.event;

import followthrough.core.domain.meeting.Reliability;
import java.util.List;
import java.util.function.Function;

/**
 * How many of an event's registrants will likely come ("13 registered, expected 6 (prepaid 4)"), so
 * the user plans the room for the forecast, not for the sign-ups.
 *
 * <p>The formula: each active registrant comes with a chance {@code p}:
 *
 * <ol>
 *   <li>their own record, when they have one: kept of settled meetings and events ({@link
 *       Reliability}, the same figure the contact card shows);
 *   <li>otherwise the user's history: of all registrants at the user's past events, the share that
 *       came;
 *   <li>otherwise, for a user's first event, {@link #FIRST_EVENT_RATE} (4 in 10 is what sign-ups
 *       for free events commonly give).
 * </ol>
 *
 * A prepaid registrant is counted as more likely: halfway between their {@code p} and certain,
 * {@code (1 + p) / 2}. The expected number is the sum of the chances, rounded half up. For example,
 * a first event with 13 registrants of whom 4 prepaid: {@code 9 × 0.4 + 4 × 0.7 = 6.4}, expected 6.
 */
public final class ShowUpForecast {

  /** The chance used when neither the registrant nor the user has any history. */
  public static final double FIRST_EVENT_RATE = 0.4;

  private ShowUpForecast() {}

  /**
   * The forecast and how it was made.
   *
   * @param fromOwn registrants counted with their own record
   * @param fromHistory registrants counted with the user's history
   * @param fromDefault registrants counted with {@link #FIRST_EVENT_RATE}
   * @param history the user's history (what {@code fromHistory} used)
   */
  public record Forecast(
      int registered,
      int prepaid,
      int expected,
      int fromOwn,
      int fromHistory,
      int fromDefault,
      Reliability history) {

    /** The user's history as a percentage, rounded. */
    public long historyPercent() {
      return Math.round(history.rate() * 100);
    }
  }

  /**
   * Forecasts the show-up of the active registrations.
   *
   * @param own each contact's own record (meetings and events), by contact id
   * @param history the user's record over all their held events ({@link Attendance#overall})
   */
  public static Forecast of(
      List<Registration> active, Function<String, Reliability> own, Reliability history) {
    double sum = 0;
    int prepaid = 0;
    int fromOwn = 0;
    int fromHistory = 0;
    for (Registration r : active) {
      Reliability record = own.apply(r.contactId());
      double p;
      if (record.known()) {
        p = record.rate();
        fromOwn++;
      } else if (history.known()) {
        p = history.rate();
        fromHistory++;
      } else {
        p = FIRST_EVENT_RATE;
      }
      if (r.prepaid()) {
        p = (1 + p) / 2;
        prepaid++;
      }
      sum += p;
    }
    int fromDefault = active.size() - fromOwn - fromHistory;
    int expected = (int) Math.floor(sum + 0.5 + 1e-9);
    return new Forecast(
        active.size(), prepaid, expected, fromOwn, fromHistory, fromDefault, history);
  }
}
