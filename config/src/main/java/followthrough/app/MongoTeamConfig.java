package followthrough.app;

import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.UserProfiles;
import followthrough.core.team.ActivityRecorder;
import followthrough.core.team.WatchedTeam;
import followthrough.mongo.MongoActivity;
import followthrough.mongo.MongoDigestLog;
import followthrough.mongo.MongoInvites;
import followthrough.mongo.MongoLeaderRoles;
import followthrough.mongo.MongoSilenceWatch;
import followthrough.mongo.MongoTeam;
import followthrough.mongo.MongoTeamChannels;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The teams' stores on MongoDB: members and their lines, invites, activity facts, the silence
 * watch, digests sent, and the Discord team channels and leader roles. The database and the other
 * stores are in {@link MongoConfig}.
 */
@Configuration(proxyBeanMethods = false)
class MongoTeamConfig {

  @Bean
  MongoTeamChannels teamChannels(MongoDatabase db) {
    return new MongoTeamChannels(db);
  }

  @Bean
  MongoLeaderRoles leaderRoles(MongoDatabase db) {
    return new MongoLeaderRoles(db);
  }

  @Bean
  MongoActivity activity(MongoDatabase db) {
    return new MongoActivity(db);
  }

  @Bean
  MongoSilenceWatch silenceWatch(MongoDatabase db) {
    return new MongoSilenceWatch(db);
  }

  @Bean
  MongoInvites invites(MongoDatabase db) {
    return new MongoInvites(db);
  }

  @Bean
  MongoDigestLog digestLog(MongoDatabase db) {
    return new MongoDigestLog(db);
  }

  /**
   * Counts activity and files first-line members in the silence watch; reads the team store itself
   * (not the {@link #team} decorator, which calls it).
   */
  @Bean
  ActivityRecorder activityRecorder(
      MongoDatabase db,
      MongoActivity activity,
      MongoSilenceWatch watch,
      UserProfiles profiles,
      Clock clock) {
    return new ActivityRecorder(activity, new MongoTeam(db), watch, profiles, clock);
  }

  /** Sponsors and first lines; a member who joins is filed in the silence watch. */
  @Bean
  WatchedTeam team(MongoDatabase db, ActivityRecorder recorder) {
    return new WatchedTeam(new MongoTeam(db), recorder);
  }
}
