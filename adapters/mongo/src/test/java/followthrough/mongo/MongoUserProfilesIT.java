package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.UserProfiles;
import followthrough.core.testkit.UserProfilesContract;
import java.time.ZoneId;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoUserProfilesIT extends UserProfilesContract {

  private MongoDatabase db;

  @Override
  protected UserProfiles newStore() {
    db = TestMongo.freshSchema();
    return new MongoUserProfiles(db);
  }

  @AfterEach
  void dropDatabase() {
    db.drop();
  }

  @Test
  void readsAProfileStoredBeforePreferencesExistedWithTheDefaults() {
    // given
    db.getCollection(MongoUserProfiles.COLLECTION)
        .insertOne(
            new Document("_id", ANNA.value())
                .append("zone", "+03:00")
                .append("createdAt", Date.from(T0)));
    // when
    UserProfile found = profiles.find(ANNA).orElseThrow();
    // then
    assertThat(found).isEqualTo(UserProfile.firstSeen(ANNA, T0).withZone(ZoneId.of("+03:00")));
  }
}
