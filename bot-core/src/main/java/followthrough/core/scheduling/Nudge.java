package followthrough.core.scheduling;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message the bot promised to send at a time: "call Anna today", "your meeting with Oleg is in 2
 * hours". Nudges are data with a due instant, never in-memory timers, so a stopped app loses none.
 * The id is deterministic (from what the nudge is about, its kind and its due time), so planning
 * the same nudge twice stores one.
 *
 * @param subjectId what the nudge is about: a follow-up id, a meeting id, or {@code agenda:<date>}
 * @param attempts how many sends failed so far
 * @param claimedBy the instance that holds the lease, or null when pending
 * @param leaseUntil until when that instance holds it, or null when pending
 */
public record Nudge(
    String id,
    UserId owner,
    Kind kind,
    String subjectId,
    Instant dueAt,
    Status status,
    int attempts,
    @Nullable String claimedBy,
    @Nullable Instant leaseUntil) {

  public Nudge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
  }

  /** What the nudge says; persisted by name. Each kind goes in one lane. */
  public enum Kind {
    FOLLOW_UP_DUE(Lane.URGENT),
    FOLLOW_UP_OVERDUE(Lane.BULK),
    MEETING_DAY_BEFORE(Lane.URGENT),
    MEETING_SOON(Lane.URGENT),
    AGENDA(Lane.BULK),
    SPONSOR(Lane.BULK),
    CHECKLIST_STALLED(Lane.BULK),
    EVENT_DAY_BEFORE(Lane.URGENT),
    EVENT_SOON(Lane.URGENT);

    private final Lane lane;

    Kind(Lane lane) {
      this.lane = lane;
    }

    public Lane lane() {
      return lane;
    }
  }

  /**
   * Time-critical nudges (a meeting in 2 hours, a promised call) go in the urgent lane and never
   * wait behind bulk ones (morning agendas, digests).
   */
  public enum Lane {
    URGENT,
    BULK
  }

  /** Where a nudge stands; persisted by name. */
  public enum Status {
    /** Waiting for its due time (or for a retry, or for its lease to be taken over). */
    PENDING,
    /** Claimed by an instance that is sending it. */
    CLAIMED,
    SENT,
    /** What it was about was done, moved or deleted. */
    CANCELLED,
    /** Given up: unreachable chat or too many failed attempts. */
    DEAD
  }

  /** A new pending nudge. */
  public static Nudge pending(String id, UserId owner, Kind kind, String subjectId, Instant dueAt) {
    return new Nudge(id, owner, kind, subjectId, dueAt, Status.PENDING, 0, null, null);
  }
}
