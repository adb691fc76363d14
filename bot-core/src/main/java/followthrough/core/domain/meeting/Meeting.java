package followthrough.core.domain.meeting;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A meeting the user planned with a contact, and how it went. A no-show is recorded without blame
 * and feeds the contact's {@link Reliability}.
 *
 * @param place where or how (an address, "Zoom", "café at the station"), or null
 */
public record Meeting(
    String id,
    UserId owner,
    String contactId,
    Instant at,
    @Nullable String place,
    Status status,
    Instant createdAt) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Where a meeting stands; persisted by name. */
  public enum Status {
    PLANNED,
    KEPT,
    NO_SHOW,
    CANCELLED
  }

  /** A new planned meeting. */
  public static Meeting planned(
      String id, UserId owner, String contactId, Instant at, @Nullable String place, Instant now) {
    return new Meeting(id, owner, contactId, at, place, Status.PLANNED, now);
  }

  public Meeting withStatus(Status newStatus) {
    return new Meeting(id, owner, contactId, at, place, newStatus, createdAt);
  }

  public Meeting rescheduled(Instant newAt) {
    return new Meeting(id, owner, contactId, newAt, place, Status.PLANNED, createdAt);
  }
}
