package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.SearchKey;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Contacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link Contacts} in the collection {@code contacts}, one document per contact with the contact id
 * as {@code _id}. Every query, replace and delete filters by owner as well, so no method ever
 * returns, changes or deletes another user's contact. Search compares the stored {@code nameKey}
 * ({@link SearchKey}) with a regular expression that quotes the query, since the embedded server
 * ignores collations and has no text search.
 *
 * <p>Thread-safe (the driver's collections are). Driver failures (network, timeouts, server errors)
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoContacts implements Contacts {

  static final String COLLECTION = "contacts";

  private final MongoCollection<Document> contacts;
  private final OwnedCollection owned;

  /** Uses the collection {@code contacts} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoContacts(MongoDatabase db) {
    this.contacts = db.getCollection(COLLECTION);
    this.owned = new OwnedCollection(contacts);
  }

  /**
   * Inserts the contact; an id that exists already (a repeated turn) leaves the stored contact as
   * it is.
   */
  @Override
  public boolean add(Contact contact) {
    return owned.insertOnce(ContactDocuments.toDocument(contact));
  }

  @Override
  public Optional<Contact> find(UserId owner, String contactId) {
    return owned.find(owner, contactId).map(ContactDocuments::fromDocument);
  }

  /**
   * Pages through the owner's matching contacts, sorted by search key and then id.
   *
   * @throws IllegalArgumentException when offset or limit is negative
   */
  @Override
  public List<Contact> search(UserId owner, String query, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    if (limit == 0) {
      return List.of(); // the driver reads a limit of 0 as "no limit"
    }
    String key = SearchKey.of(query);
    Bson filter =
        key.isEmpty()
            ? ownedBy(owner)
            : and(ownedBy(owner), regex(ContactDocuments.NAME_KEY, Pattern.quote(key)));
    return contacts
        .find(filter)
        .sort(Sorts.ascending(ContactDocuments.NAME_KEY, ContactDocuments.ID))
        .skip(offset)
        .limit(limit)
        .map(ContactDocuments::fromDocument)
        .into(new ArrayList<>());
  }

  @Override
  public long count(UserId owner) {
    return contacts.countDocuments(ownedBy(owner));
  }

  /**
   * Replaces the whole document, search key included, when the owner has a contact with this id;
   * the last of two racing updates wins.
   */
  @Override
  public boolean update(Contact contact) {
    return owned.replace(contact.owner(), contact.id(), ContactDocuments.toDocument(contact));
  }

  /**
   * Deletes this contact only; its touches, orders, follow-ups and meetings stay (see the port).
   */
  @Override
  public boolean delete(UserId owner, String contactId) {
    return owned.delete(owner, contactId);
  }

  private static Bson ownedBy(UserId owner) {
    return OwnedCollection.ownedBy(owner);
  }

  /**
   * One {@code updateMany} of the owner field; the stored search key does not contain the owner, so
   * it stays valid.
   */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return owned.moveOwner(from, to);
  }
}
