package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.string;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import followthrough.core.domain.user.LinkCode;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.LinkedAccounts;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link LinkedAccounts} in two collections: {@code linked_accounts} (one document per linked
 * identity, the identity as {@code _id}, its user as {@code user}) and {@code link_codes} (one per
 * open code, the code as {@code _id}). Every lookup is an {@code _id} lookup; a code is taken with
 * one {@code findOneAndDelete}, so two racing redeems cannot both have it. Codes that nobody
 * redeems are removed when the next code is saved. Thread-safe.
 */
public final class MongoLinkedAccounts implements LinkedAccounts {

  static final String LINKS = "linked_accounts";
  static final String CODES = "link_codes";
  private static final String ID = "_id";
  private static final String USER = "user";
  private static final String EXPIRES_AT = "expiresAt";
  private static final int MAX_HOPS = 8;

  private final MongoCollection<Document> links;
  private final MongoCollection<Document> codes;

  /** Uses the collections {@code linked_accounts} and {@code link_codes} of {@code db}. */
  public MongoLinkedAccounts(MongoDatabase db) {
    this.links = db.getCollection(LINKS);
    this.codes = db.getCollection(CODES);
  }

  @Override
  public UserId canonical(UserId identity) {
    UserId user = identity;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Document link = links.find(Filters.eq(ID, user.value())).first();
      if (link == null || string(link, USER).equals(user.value())) {
        return user;
      }
      user = new UserId(string(link, USER));
    }
    return user;
  }

  @Override
  public void link(UserId identity, UserId user) {
    links.replaceOne(
        Filters.eq(ID, identity.value()),
        new Document(ID, identity.value()).append(USER, user.value()),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public void saveCode(LinkCode code) {
    // a code lives minutes; whatever expired before this one was issued is of no use any more
    codes.deleteMany(Filters.lt(EXPIRES_AT, date(code.expiresAt().minusSeconds(3600))));
    codes.insertOne(
        new Document(ID, code.code())
            .append(USER, code.user().value())
            .append(EXPIRES_AT, date(code.expiresAt())));
  }

  @Override
  public Optional<UserId> redeem(String code, Instant now) {
    return Optional.ofNullable(codes.findOneAndDelete(Filters.eq(ID, code)))
        .filter(d -> instant(d, EXPIRES_AT).isAfter(now))
        .map(d -> new UserId(string(d, USER)));
  }
}
