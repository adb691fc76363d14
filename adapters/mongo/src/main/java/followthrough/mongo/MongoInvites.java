package followthrough.mongo;

import static followthrough.mongo.BsonFields.bool;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.string;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import followthrough.core.domain.team.Invite;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Invites;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link Invites} in the collection {@code invites}, the code as {@code _id}: every lookup is an
 * {@code _id} lookup and a code is never stored twice. Expired invites stay (they are refused when
 * used). Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoInvites implements Invites {

  static final String COLLECTION = "invites";
  private static final String ID = "_id";
  private static final String SPONSOR = "sponsor";
  private static final String SPONSOR_NAME = "sponsorName";
  private static final String CREATED_AT = "createdAt";
  private static final String EXPIRES_AT = "expiresAt";
  private static final String REVOKED = "revoked";

  private final MongoCollection<Document> invites;

  /** Uses the collection {@code invites} of {@code db}. */
  public MongoInvites(MongoDatabase db) {
    this.invites = db.getCollection(COLLECTION);
  }

  @Override
  public boolean add(Invite invite) {
    try {
      invites.insertOne(
          new Document(ID, invite.code())
              .append(SPONSOR, invite.sponsor().value())
              .append(SPONSOR_NAME, invite.sponsorName())
              .append(CREATED_AT, date(invite.createdAt()))
              .append(EXPIRES_AT, date(invite.expiresAt()))
              .append(REVOKED, invite.revoked()));
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Invite> find(String code) {
    return Optional.ofNullable(invites.find(Filters.eq(ID, code)).first())
        .map(
            d ->
                new Invite(
                    string(d, ID),
                    new UserId(string(d, SPONSOR)),
                    string(d, SPONSOR_NAME),
                    instant(d, CREATED_AT),
                    instant(d, EXPIRES_AT),
                    bool(d, REVOKED)));
  }

  @Override
  public boolean revoke(UserId sponsor, String code) {
    return invites
            .updateOne(
                Filters.and(Filters.eq(ID, code), Filters.eq(SPONSOR, sponsor.value())),
                Updates.set(REVOKED, true))
            .getMatchedCount()
        == 1;
  }
}
