package followthrough.core.dialogs;

import followthrough.core.domain.event.Attendance;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Events;
import followthrough.core.ports.Meetings;

/**
 * A contact's one reliability figure: the meetings they kept of those settled, plus the group
 * events they came to of those they were registered for and whose attendance was recorded. Read
 * from the stores at each call, never stored, so it is always in step. Thread-safe.
 */
public final class ContactReliability {

  private final Meetings meetings;
  private final Events events;

  public ContactReliability(Meetings meetings, Events events) {
    this.meetings = meetings;
    this.events = events;
  }

  /** The contact's reliability over meetings and events. */
  public Reliability of(UserId owner, String contactId) {
    return Reliability.of(meetings.forContact(owner, contactId))
        .plus(Attendance.of(contactId, events.withContact(owner, contactId)));
  }
}
