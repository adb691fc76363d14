package followthrough.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.UserProfiles;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link UserProfiles} in the collection {@code user_profiles}, one document per user with the user
 * id as {@code _id}. A save replaces the whole document (upsert), so the last save wins.
 * Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoUserProfiles implements UserProfiles {

  static final String COLLECTION = "user_profiles";

  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private final MongoCollection<Document> profiles;

  /**
   * Uses the collection {@code user_profiles} of {@code db}; call {@link MongoSchema#ensure} first.
   */
  public MongoUserProfiles(MongoDatabase db) {
    this.profiles = db.getCollection(COLLECTION);
  }

  @Override
  public Optional<UserProfile> find(UserId id) {
    Document found = profiles.find(eq(UserProfileDocuments.ID, id.value())).first();
    return Optional.ofNullable(found).map(UserProfileDocuments::fromDocument);
  }

  @Override
  public void save(UserProfile profile) {
    profiles.replaceOne(
        eq(UserProfileDocuments.ID, profile.id().value()),
        UserProfileDocuments.toDocument(profile),
        UPSERT);
  }
}
