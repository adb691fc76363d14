package followthrough.core.domain.followup;

import followthrough.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A promised contact with a date: "call Anna on Friday". It stays open until it is done or dropped;
 * a contact that was not reached carries over to the next day, so nothing silently disappears.
 *
 * @param channel how the user means to get in touch, or null when not said
 * @param note what was promised, in the user's words, or null
 * @param carriedOver how many times it was carried over because the person was not reached
 */
public record FollowUp(
    String id,
    UserId owner,
    String contactId,
    Kind kind,
    @Nullable Channel channel,
    Instant dueAt,
    Status status,
    @Nullable String note,
    int carriedOver,
    Instant createdAt) {

  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Why the follow-up exists; persisted by name. */
  public enum Kind {
    /** A check-in the user promised. */
    CHECK_IN,
    /** One step of the cadence after a first contact or purchase. */
    CADENCE,
    /** A thank-you after a sale. */
    THANK_YOU,
    /** The next touch of a lead, suggested by the lead policy. */
    NEXT_TOUCH
  }

  /** How to get in touch; persisted by name. */
  public enum Channel {
    PHONE,
    MESSAGE,
    IN_PERSON
  }

  /** Where it stands; persisted by name. */
  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  /** A new open follow-up. */
  public static FollowUp open(
      String id,
      UserId owner,
      String contactId,
      Kind kind,
      @Nullable Channel channel,
      Instant dueAt,
      @Nullable String note,
      Instant now) {
    return new FollowUp(id, owner, contactId, kind, channel, dueAt, Status.OPEN, note, 0, now);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  /** Done: the person was reached. */
  public FollowUp done() {
    return withStatus(Status.DONE);
  }

  /** Dropped by the user: no more reminders. */
  public FollowUp dropped() {
    return withStatus(Status.DROPPED);
  }

  /**
   * Not reached: carried over to the day after today (in the user's zone), at the same local time
   * it was due, and counted.
   */
  public FollowUp notReached(Instant now, ZoneId zone) {
    ZonedDateTime due = dueAt.atZone(zone);
    ZonedDateTime next =
        now.atZone(zone).toLocalDate().plusDays(1).atTime(due.toLocalTime()).atZone(zone);
    return new FollowUp(
        id,
        owner,
        contactId,
        kind,
        channel,
        next.toInstant(),
        status,
        note,
        carriedOver + 1,
        createdAt);
  }

  /** Moved to another instant, still open. */
  public FollowUp rescheduled(Instant newDueAt) {
    return new FollowUp(
        id, owner, contactId, kind, channel, newDueAt, status, note, carriedOver, createdAt);
  }

  /** Snoozed: due again {@code by} after now. */
  public FollowUp snoozed(Instant now, Duration by) {
    return rescheduled(now.plus(by));
  }

  private FollowUp withStatus(Status newStatus) {
    return new FollowUp(
        id, owner, contactId, kind, channel, dueAt, newStatus, note, carriedOver, createdAt);
  }
}
