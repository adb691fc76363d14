package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.SilenceRule;
import followthrough.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Fills the team collections in bulk as the stores would have them after a month of activity, for
 * the silent-member benchmark (joining and recording one by one would take far longer than what is
 * measured): members in first lines of 20 under sponsors who are not members themselves, joined 60
 * days ago, last active at an hour spread evenly over the last 30 days, each with {@code
 * activityPerMember} activities counted in that week, and filed in the silence watch under the day
 * they fall silent (default thresholds), from {@code firstFiledDay} on (earlier days were handled).
 */
public final class TeamBacklog {

  private static final int BATCH = 1000;
  private static final int LINE = 20;

  private TeamBacklog() {}

  /** The member with this number. */
  public static UserId member(int i) {
    return new UserId("telegram:" + (1_000_000 + i));
  }

  /**
   * Fills the store; returns how many members fall silent on each day, by day.
   *
   * @param now the benchmark's clock
   */
  public static Map<LocalDate, Integer> fill(
      MongoDatabase db, int members, int activityPerMember, Instant now, LocalDate firstFiledDay) {
    Instant joined = now.minus(Duration.ofDays(60));
    List<Document> team = new ArrayList<>();
    List<Document> activity = new ArrayList<>();
    Map<String, List<String>> buckets = new HashMap<>();
    Map<LocalDate, Integer> silentOn = new HashMap<>();
    for (int i = 0; i < members; i++) {
      UserId id = member(i);
      UserId sponsor = new UserId("telegram:" + (i / LINE));
      team.add(MongoTeam.toDocument(Member.joining(id, sponsor, List.of(), "M" + i, joined)));
      Instant last = now.minus(Duration.ofHours((i * 7919L) % (30 * 24)));
      activity.add(activityDocument(id, last, activityPerMember));
      LocalDate day = SilenceRule.DEFAULT.silentDay(last, joined);
      silentOn.merge(day, 1, Integer::sum);
      if (!day.isBefore(firstFiledDay)) {
        buckets
            .computeIfAbsent(MongoSilenceWatch.bucket(day, id), k -> new ArrayList<>())
            .add(id.value());
      }
      flush(db.getCollection(MongoTeam.COLLECTION), team, false);
      flush(db.getCollection(MongoActivity.COLLECTION), activity, false);
    }
    flush(db.getCollection(MongoTeam.COLLECTION), team, true);
    flush(db.getCollection(MongoActivity.COLLECTION), activity, true);
    List<Document> bucketDocuments = new ArrayList<>();
    buckets.forEach(
        (bucket, ids) -> {
          bucketDocuments.add(new Document("_id", bucket).append("members", ids));
          flush(db.getCollection(MongoSilenceWatch.COLLECTION), bucketDocuments, false);
        });
    flush(db.getCollection(MongoSilenceWatch.COLLECTION), bucketDocuments, true);
    return silentOn;
  }

  /** The UTC day of an instant. */
  public static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Document activityDocument(UserId id, Instant last, int count) {
    Document week = new Document(ActivityKind.TOUCH_LOGGED.name(), count);
    return new Document("_id", id.value())
        .append("lastActiveAt", date(last))
        .append("weeks", new Document(ActivityFacts.weekOf(last).toString(), week));
  }

  private static void flush(MongoCollection<Document> into, List<Document> batch, boolean all) {
    if (!batch.isEmpty() && (all || batch.size() >= BATCH)) {
      into.insertMany(batch);
      batch.clear();
    }
  }
}
