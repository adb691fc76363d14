package followthrough.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import followthrough.core.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection of one user's records each: documents keyed by the record id as {@code _id}, with
 * the owner's user id in {@code owner} and, for records about a contact, its id in {@code
 * contactId}. Every read, replace and delete here filters by owner as well as by id, so a store
 * built on it never returns, changes or deletes another user's record even when handed that
 * record's id. Inserts rely on the unique {@code _id}: a repeated insert (a repeated turn) is
 * refused by the server and reported as false, with no read-then-write race. Thread-safe.
 */
final class OwnedCollection {

  static final String ID = "_id";
  static final String OWNER = "owner";
  static final String CONTACT_ID = "contactId";

  private final MongoCollection<Document> collection;

  OwnedCollection(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  /** Inserts the document; false when one with its {@code _id} exists already (any owner's). */
  boolean insertOnce(Document document) {
    try {
      collection.insertOne(document);
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  Optional<Document> find(UserId owner, String id) {
    return Optional.ofNullable(collection.find(byId(owner, id)).first());
  }

  /** Replaces the owner's document with this id; false (nothing written) when there is none. */
  boolean replace(UserId owner, String id, Document document) {
    return collection.replaceOne(byId(owner, id), document).getMatchedCount() == 1;
  }

  /** Deletes the owner's document with this id; false when there was none. */
  boolean delete(UserId owner, String id) {
    return collection.deleteOne(byId(owner, id)).getDeletedCount() == 1;
  }

  /** The owner's documents that also match {@code filter}, in {@code sort} order. */
  List<Document> list(UserId owner, Bson filter, Bson sort) {
    return collection.find(and(ownedBy(owner), filter)).sort(sort).into(new ArrayList<>());
  }

  /** Deletes the owner's documents about one contact. */
  void deleteFor(UserId owner, String contactId) {
    collection.deleteMany(and(ownedBy(owner), about(contactId)));
  }

  /**
   * Gives all of {@code from}'s documents to {@code to} in one {@code updateMany}: only {@code
   * owner} names the owner ({@code _id} is the record's own id), so nothing else changes. Each
   * document is updated on its own; a failure halfway leaves every document with one of the two
   * owners, and repeating the call moves the rest.
   *
   * @return how many documents were moved
   */
  int moveOwner(UserId from, UserId to) {
    if (from.equals(to)) {
      return 0;
    }
    return (int) collection.updateMany(ownedBy(from), set(OWNER, to.value())).getModifiedCount();
  }

  static Bson ownedBy(UserId owner) {
    return eq(OWNER, owner.value());
  }

  static Bson about(String contactId) {
    return eq(CONTACT_ID, contactId);
  }

  private static Bson byId(UserId owner, String id) {
    return and(eq(ID, id), ownedBy(owner));
  }
}
