package followthrough.app;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.scheduling.PlanningChecklists;
import followthrough.core.scheduling.PlanningEvents;
import followthrough.core.scheduling.PlanningFollowUps;
import followthrough.core.scheduling.PlanningMeetings;
import followthrough.core.team.ActivityContacts;
import followthrough.core.team.ActivityFollowUps;
import followthrough.core.team.ActivityMeetings;
import followthrough.core.team.ActivityRecorder;
import followthrough.core.team.ActivityTouches;
import followthrough.mongo.EmbeddedMongo;
import followthrough.mongo.MongoChecklistTemplates;
import followthrough.mongo.MongoChecklists;
import followthrough.mongo.MongoContacts;
import followthrough.mongo.MongoDialogStateStore;
import followthrough.mongo.MongoEvents;
import followthrough.mongo.MongoFollowUps;
import followthrough.mongo.MongoLinkedAccounts;
import followthrough.mongo.MongoMeetings;
import followthrough.mongo.MongoNudgeQueue;
import followthrough.mongo.MongoOrders;
import followthrough.mongo.MongoProcessedUpdates;
import followthrough.mongo.MongoSchema;
import followthrough.mongo.MongoTouches;
import followthrough.mongo.MongoUserProfiles;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store: a real MongoDB when {@code MONGODB_URI} is set, otherwise the embedded
 * MongoDB-compatible server on a file under the data directory, reached with the same driver code.
 * The client is built here rather than by Boot, because the embedded server's address is only known
 * once it has started.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

  private static final Logger log = LoggerFactory.getLogger(MongoConfig.class);
  static final String DATA_FILE = "followthrough.mv";

  @Bean(destroyMethod = "close")
  Connection mongoConnection(FollowthroughProperties properties) {
    FollowthroughProperties.Mongo mongo = properties.mongo();
    if (!mongo.embedded()) {
      ConnectionString uri = new ConnectionString(mongo.uri());
      String database = uri.getDatabase() == null ? mongo.database() : uri.getDatabase();
      log.info("Store: MongoDB at {}, database {}", uri.getHosts(), database);
      return new Connection(MongoClients.create(uri), database, null);
    }
    Path file = properties.dataDir().resolve(DATA_FILE).toAbsolutePath().normalize();
    EmbeddedMongo server = EmbeddedMongo.startFile(file);
    log.info(
        "Store: embedded MongoDB-compatible server, data in {} (set MONGODB_URI to use a real"
            + " MongoDB instead)",
        file);
    return new Connection(MongoClients.create(server.connectionString()), mongo.database(), server);
  }

  @Bean
  MongoDatabase mongoDatabase(Connection connection) {
    MongoDatabase db = connection.client().getDatabase(connection.database());
    MongoSchema.ensure(db);
    return db;
  }

  /** Contacts; a newly logged one counts as its owner's activity. */
  @Bean
  ActivityContacts contacts(MongoDatabase db, ActivityRecorder recorder) {
    return new ActivityContacts(new MongoContacts(db), recorder);
  }

  @Bean
  MongoDialogStateStore dialogStates(MongoDatabase db) {
    return new MongoDialogStateStore(db);
  }

  @Bean
  MongoUserProfiles userProfiles(MongoDatabase db) {
    return new MongoUserProfiles(db);
  }

  /** Touches; a newly logged one counts as its owner's activity. */
  @Bean
  ActivityTouches touches(MongoDatabase db, ActivityRecorder recorder) {
    return new ActivityTouches(new MongoTouches(db), recorder);
  }

  @Bean
  MongoOrders orders(MongoDatabase db) {
    return new MongoOrders(db);
  }

  /** The platform updates already handled, so that a re-delivered one is handled once. */
  @Bean
  MongoProcessedUpdates processedUpdates(MongoDatabase db) {
    return new MongoProcessedUpdates(db);
  }

  @Bean
  MongoLinkedAccounts linkedAccounts(MongoDatabase db) {
    return new MongoLinkedAccounts(db);
  }

  /**
   * Follow-ups; every change re-plans or cancels the nudges about them, and one done counts as its
   * owner's activity.
   */
  @Bean
  ActivityFollowUps followUps(
      MongoDatabase db, NudgePlanner planner, NudgeQueue queue, ActivityRecorder recorder) {
    return new ActivityFollowUps(
        new PlanningFollowUps(new MongoFollowUps(db), planner, queue), recorder);
  }

  /**
   * Meetings; every change re-plans or cancels their reminders, and one kept or missed counts as
   * its owner's activity.
   */
  @Bean
  ActivityMeetings meetings(
      MongoDatabase db, NudgePlanner planner, NudgeQueue queue, ActivityRecorder recorder) {
    return new ActivityMeetings(
        new PlanningMeetings(new MongoMeetings(db), planner, queue), recorder);
  }

  /** Checklists; every change re-plans or cancels their stall nudge. */
  @Bean
  PlanningChecklists checklists(MongoDatabase db, NudgePlanner planner, NudgeQueue queue) {
    return new PlanningChecklists(new MongoChecklists(db), planner, queue);
  }

  @Bean
  MongoChecklistTemplates checklistTemplates(MongoDatabase db) {
    return new MongoChecklistTemplates(db);
  }

  /** Group events; every change re-plans or cancels their reminders. */
  @Bean
  PlanningEvents events(MongoDatabase db, NudgePlanner planner, NudgeQueue queue) {
    return new PlanningEvents(new MongoEvents(db), planner, queue);
  }

  @Bean
  MongoNudgeQueue nudgeQueue(MongoDatabase db) {
    return new MongoNudgeQueue(db);
  }

  /** The client, and the embedded server it talks to (if any); closed in that order. */
  record Connection(MongoClient client, String database, @Nullable EmbeddedMongo server)
      implements AutoCloseable {
    @Override
    public void close() {
      client.close();
      if (server != null) {
        server.close();
      }
    }
  }
}
