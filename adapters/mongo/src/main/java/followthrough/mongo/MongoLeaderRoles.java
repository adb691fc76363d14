package followthrough.mongo;

import static followthrough.mongo.BsonFields.string;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import followthrough.core.ports.LeaderRoles;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link LeaderRoles} in the collection {@code leader_roles}, one document per server with the
 * server id as {@code _id}, so every lookup is an {@code _id} lookup. Thread-safe.
 */
public final class MongoLeaderRoles implements LeaderRoles {

  static final String COLLECTION = "leader_roles";
  private static final String ID = "_id";
  private static final String ROLE = "role";

  private final MongoCollection<Document> roles;

  /** Uses the collection {@code leader_roles} of {@code db}. */
  public MongoLeaderRoles(MongoDatabase db) {
    this.roles = db.getCollection(COLLECTION);
  }

  @Override
  public void save(String serverId, String roleId) {
    roles.replaceOne(
        Filters.eq(ID, serverId),
        new Document(ID, serverId).append(ROLE, roleId),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<String> forServer(String serverId) {
    return Optional.ofNullable(roles.find(Filters.eq(ID, serverId)).first())
        .map(d -> string(d, ROLE));
  }
}
