package followthrough.core.team;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Touches;
import java.util.List;

/**
 * Touches that count a newly logged touch as its owner's activity. The application wraps its store
 * in this; dialogs see only {@link Touches}. A repeated add (false) counts nothing.
 */
public final class ActivityTouches implements Touches {

  private final Touches delegate;
  private final ActivityRecorder recorder;

  public ActivityTouches(Touches delegate, ActivityRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public boolean add(Touch touch) {
    boolean added = delegate.add(touch);
    if (added) {
      recorder.recordNow(touch.owner(), ActivityKind.TOUCH_LOGGED);
    }
    return added;
  }

  @Override
  public List<Touch> forContact(UserId owner, String contactId) {
    return delegate.forContact(owner, contactId);
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
