package followthrough.core.team;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Contacts;
import java.util.List;
import java.util.Optional;

/**
 * Contacts that count a newly logged contact as its owner's activity. The application wraps its
 * store in this; dialogs see only {@link Contacts}. A repeated add (false) counts nothing.
 */
public final class ActivityContacts implements Contacts {

  private final Contacts delegate;
  private final ActivityRecorder recorder;

  public ActivityContacts(Contacts delegate, ActivityRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public boolean add(Contact contact) {
    boolean added = delegate.add(contact);
    if (added) {
      recorder.recordNow(contact.owner(), ActivityKind.CONTACT_LOGGED);
    }
    return added;
  }

  @Override
  public Optional<Contact> find(UserId owner, String contactId) {
    return delegate.find(owner, contactId);
  }

  @Override
  public List<Contact> search(UserId owner, String query, int offset, int limit) {
    return delegate.search(owner, query, offset, limit);
  }

  @Override
  public long count(UserId owner) {
    return delegate.count(owner);
  }

  @Override
  public boolean update(Contact contact) {
    return delegate.update(contact);
  }

  @Override
  public boolean delete(UserId owner, String contactId) {
    return delegate.delete(owner, contactId);
  }

  @Override
  public int moveOwner(UserId from, UserId to) {
    return delegate.moveOwner(from, to);
  }
}
