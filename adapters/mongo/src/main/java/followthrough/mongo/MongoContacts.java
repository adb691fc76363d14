package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
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
 * as {@code _id}. Every query filters by owner, so no method ever returns another user's contact.
 * Search compares the stored {@code nameKey} ({@link SearchKey}) with a regular expression that
 * quotes the query, since the embedded server ignores collations and has no text search.
 *
 * <p>Thread-safe (the driver's collections are). Driver failures (network, timeouts, server errors)
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoContacts implements Contacts {

  static final String COLLECTION = "contacts";

  private final MongoCollection<Document> contacts;

  /** Uses the collection {@code contacts} of {@code db}; call {@link MongoSchema#ensure} first. */
  public MongoContacts(MongoDatabase db) {
    this.contacts = db.getCollection(COLLECTION);
  }

  /**
   * Inserts the contact; an id that exists already (a repeated turn) leaves the stored contact as
   * it is.
   */
  @Override
  public boolean add(Contact contact) {
    try {
      contacts.insertOne(ContactDocuments.toDocument(contact));
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Contact> find(UserId owner, String contactId) {
    Document found = contacts.find(and(eq(ContactDocuments.ID, contactId), ownedBy(owner))).first();
    return Optional.ofNullable(found).map(ContactDocuments::fromDocument);
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

  @Override
  public boolean update(Contact contact) {
    Bson stored = and(eq(ContactDocuments.ID, contact.id()), ownedBy(contact.owner()));
    return contacts.replaceOne(stored, ContactDocuments.toDocument(contact)).getMatchedCount() > 0;
  }

  @Override
  public boolean delete(UserId owner, String contactId) {
    Bson stored = and(eq(ContactDocuments.ID, contactId), ownedBy(owner));
    return contacts.deleteOne(stored).getDeletedCount() > 0;
  }

  private static Bson ownedBy(UserId owner) {
    return eq(ContactDocuments.OWNER, owner.value());
  }
}
