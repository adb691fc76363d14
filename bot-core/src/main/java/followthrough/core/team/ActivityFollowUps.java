package followthrough.core.team;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups that count one done (a check-in done) as its owner's activity: an update that turns an
 * open follow-up done. Wrap the planning decorator in this; dialogs see only {@link FollowUps}.
 */
public final class ActivityFollowUps implements FollowUps {

  private final FollowUps delegate;
  private final ActivityRecorder recorder;

  public ActivityFollowUps(FollowUps delegate, ActivityRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public boolean add(FollowUp followUp) {
    return delegate.add(followUp);
  }

  /** Replaces the follow-up; counts it when it was open and is done now. */
  @Override
  public boolean update(FollowUp followUp) {
    boolean wasOpen =
        followUp.status() == FollowUp.Status.DONE
            && delegate.find(followUp.owner(), followUp.id()).map(FollowUp::isOpen).orElse(false);
    boolean updated = delegate.update(followUp);
    if (updated && wasOpen) {
      recorder.recordNow(followUp.owner(), ActivityKind.FOLLOW_UP_DONE);
    }
    return updated;
  }

  @Override
  public Optional<FollowUp> find(UserId owner, String id) {
    return delegate.find(owner, id);
  }

  @Override
  public List<FollowUp> openDueBefore(UserId owner, Instant until) {
    return delegate.openDueBefore(owner, until);
  }

  @Override
  public List<FollowUp> openFor(UserId owner, String contactId) {
    return delegate.openFor(owner, contactId);
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    delegate.deleteFor(owner, contactId);
  }

  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
