package followthrough.core.dialogs.touch;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Follow-ups that fail once, on the n-th write (add or update), as a store failing in the middle of
 * a turn would; everything else goes to the wrapped store. For tests of repeated saves.
 */
public final class FlakyFollowUps implements FollowUps {

  private final FollowUps store;
  private final AtomicInteger writesBeforeFailure;

  /** Fails the {@code failingWrite}-th write (1 for the first), once. */
  public FlakyFollowUps(FollowUps store, int failingWrite) {
    this.store = store;
    this.writesBeforeFailure = new AtomicInteger(failingWrite - 1);
  }

  private void write() {
    if (writesBeforeFailure.getAndDecrement() == 0) {
      throw new IllegalStateException("the store failed once");
    }
  }

  @Override
  public boolean add(FollowUp followUp) {
    write();
    return store.add(followUp);
  }

  @Override
  public boolean update(FollowUp followUp) {
    write();
    return store.update(followUp);
  }

  @Override
  public Optional<FollowUp> find(UserId owner, String id) {
    return store.find(owner, id);
  }

  @Override
  public List<FollowUp> openDueBefore(UserId owner, Instant until) {
    return store.openDueBefore(owner, until);
  }

  @Override
  public List<FollowUp> openFor(UserId owner, String contactId) {
    return store.openFor(owner, contactId);
  }

  @Override
  public void deleteFor(UserId owner, String contactId) {
    store.deleteFor(owner, contactId);
  }

  @Override
  public int moveOwner(UserId from, UserId to) {
    return store.moveOwner(from, to);
  }
}
