package followthrough.core.team;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Meetings that count a recorded meeting as its owner's activity: an update that turns a planned
 * meeting kept or missed (no-show). Wrap the planning decorator in this; dialogs see only {@link
 * Meetings}.
 */
public final class ActivityMeetings implements Meetings {

  private final Meetings delegate;
  private final ActivityRecorder recorder;

  public ActivityMeetings(Meetings delegate, ActivityRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public boolean add(Meeting meeting) {
    return delegate.add(meeting);
  }

  /** Replaces the meeting; counts it when it was planned and is kept or missed now. */
  @Override
  public boolean update(Meeting meeting) {
    ActivityKind kind = kindOf(meeting.status());
    boolean wasPlanned =
        kind != null
            && delegate
                .find(meeting.owner(), meeting.id())
                .map(m -> m.status() == Meeting.Status.PLANNED)
                .orElse(false);
    boolean updated = delegate.update(meeting);
    if (updated && wasPlanned) {
      recorder.recordNow(meeting.owner(), kind);
    }
    return updated;
  }

  @Override
  public Optional<Meeting> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<Meeting> forContact(UserId owner, String contactId) {
    return delegate.forContact(owner, contactId);
  }

  @Override
  public List<Meeting> between(UserId owner, Instant from, Instant until) {
    return delegate.between(owner, from, until);
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    delegate.deleteFor(owner, contactId);
  }

  private static @org.jspecify.annotations.Nullable ActivityKind kindOf(Meeting.Status status) {
    if (status == Meeting.Status.KEPT) {
      return ActivityKind.MEETING_KEPT;
    }
    return status == Meeting.Status.NO_SHOW ? ActivityKind.MEETING_MISSED : null;
  }

  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
