package followthrough.core.domain.event;

import followthrough.core.domain.meeting.Reliability;
import java.util.List;

/**
 * A contact's record at group events, in the same terms as their meetings: of the held events they
 * were registered for (and did not cancel), how many they came to. It is added to the meetings'
 * {@link Reliability}, so one figure says how reliable a contact is.
 */
public final class Attendance {

  private Attendance() {}

  /** The contact's attendance at the given events (the user's events they registered for). */
  public static Reliability of(String contactId, List<GroupEvent> events) {
    int came = 0;
    int settled = 0;
    for (GroupEvent event : events) {
      if (event.status() != GroupEvent.Status.HELD) {
        continue;
      }
      for (Registration r : event.active()) {
        if (r.contactId().equals(contactId) && r.attended() != null) {
          settled++;
          came += r.attended() ? 1 : 0;
        }
      }
    }
    return new Reliability(came, settled);
  }

  /** The user's history: of all registrations at their held events, how many came. */
  public static Reliability overall(List<GroupEvent> events) {
    int came = 0;
    int settled = 0;
    for (GroupEvent event : events) {
      if (event.status() != GroupEvent.Status.HELD) {
        continue;
      }
      for (Registration r : event.active()) {
        if (r.attended() != null) {
          settled++;
          came += r.attended() ? 1 : 0;
        }
      }
    }
    return new Reliability(came, settled);
  }
}
