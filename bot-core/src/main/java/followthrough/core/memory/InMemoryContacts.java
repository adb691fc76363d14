package followthrough.core.memory;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.SearchKey;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Contacts;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Contacts in a map keyed by owner and id; records are immutable, so reads share them safely. */
public final class InMemoryContacts implements Contacts {

  private final ConcurrentMap<String, Contact> contacts = new ConcurrentHashMap<>();

  @Override
  public boolean add(Contact contact) {
    return contacts.putIfAbsent(contact.id(), contact) == null;
  }

  @Override
  public Optional<Contact> find(UserId owner, String contactId) {
    return Optional.ofNullable(contacts.get(contactId)).filter(c -> c.owner().equals(owner));
  }

  @Override
  public List<Contact> search(UserId owner, String query, int offset, int limit) {
    String key = SearchKey.of(query);
    return contacts.values().stream()
        .filter(c -> c.owner().equals(owner))
        .filter(c -> c.searchKey().contains(key))
        .sorted(Comparator.comparing(Contact::searchKey).thenComparing(Contact::id))
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public long count(UserId owner) {
    return contacts.values().stream().filter(c -> c.owner().equals(owner)).count();
  }

  @Override
  public boolean update(Contact contact) {
    return contacts.computeIfPresent(
            contact.id(), (id, old) -> old.owner().equals(contact.owner()) ? contact : old)
        == contact;
  }

  @Override
  public boolean delete(UserId owner, String contactId) {
    Contact found = contacts.get(contactId);
    return found != null && found.owner().equals(owner) && contacts.remove(contactId, found);
  }

  /** Replaces each of {@code from}'s records by a copy owned by {@code to}, one at a time. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Contact c : contacts.values()) {
      if (c.owner().equals(from)
          && contacts.replace(
              c.id(),
              c,
              new Contact(
                  c.id(),
                  to,
                  c.name(),
                  c.source(),
                  c.sourceNote(),
                  c.rung(),
                  c.handles(),
                  c.note(),
                  c.createdAt()))) {
        moved++;
      }
    }
    return moved;
  }
}
