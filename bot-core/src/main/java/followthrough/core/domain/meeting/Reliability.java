package followthrough.core.domain.meeting;

import java.util.List;

/**
 * How reliable a contact is with meetings: of the meetings that are settled (kept or missed), how
 * many they came to. Cancelled and still planned meetings do not count. Shown as "kept 3 of 4".
 * Group events they registered for add to it ({@code domain.event.Attendance}).
 */
public record Reliability(int kept, int settled) {

  /** The reliability from a contact's meetings. */
  public static Reliability of(List<Meeting> meetings) {
    int kept = 0;
    int settled = 0;
    for (Meeting m : meetings) {
      if (m.status() == Meeting.Status.KEPT) {
        kept++;
        settled++;
      } else if (m.status() == Meeting.Status.NO_SHOW) {
        settled++;
      }
    }
    return new Reliability(kept, settled);
  }

  /** This record and another together (meetings and group events feed one figure). */
  public Reliability plus(Reliability other) {
    return new Reliability(kept + other.kept, settled + other.settled);
  }

  /** The share kept, 0 to 1; 0 while nothing is settled. */
  public double rate() {
    return settled == 0 ? 0 : (double) kept / settled;
  }

  /** Whether there is anything to say yet. */
  public boolean known() {
    return settled > 0;
  }
}
