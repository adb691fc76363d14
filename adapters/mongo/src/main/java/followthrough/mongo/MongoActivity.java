package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import followthrough.core.domain.team.ActivityFacts;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.team.WeekCounts;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Activity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link Activity} in the collection {@code activity}, one document per user with the user id as
 * {@code _id}: {@code lastActiveAt} and {@code weeks.<Monday>.<kind>} counters. Each activity is
 * one atomic {@code findOneAndUpdate} ({@code $max} and {@code $inc}, upserted) by {@code _id},
 * which also returns the last activity before it; reads are {@code _id} lookups ({@code $in} for
 * several). Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoActivity implements Activity {

  static final String COLLECTION = "activity";
  private static final String ID = "_id";
  private static final String LAST = "lastActiveAt";
  private static final String WEEKS = "weeks";

  private final MongoCollection<Document> activity;

  /** Uses the collection {@code activity} of {@code db}. */
  public MongoActivity(MongoDatabase db) {
    this.activity = db.getCollection(COLLECTION);
  }

  @Override
  public Optional<Instant> record(UserId user, ActivityKind kind, Instant at) {
    String counter = WEEKS + "." + ActivityFacts.weekOf(at) + "." + kind.name();
    Document before =
        activity.findOneAndUpdate(
            Filters.eq(ID, user.value()),
            Updates.combine(Updates.max(LAST, date(at)), Updates.inc(counter, 1)),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return Optional.ofNullable(before).map(d -> instant(d, LAST));
  }

  @Override
  public Optional<ActivityFacts> find(UserId user) {
    return Optional.ofNullable(activity.find(Filters.eq(ID, user.value())).first())
        .map(MongoActivity::fromDocument);
  }

  @Override
  public Map<UserId, ActivityFacts> findAll(Collection<UserId> users) {
    Map<UserId, ActivityFacts> found = new HashMap<>();
    if (users.isEmpty()) {
      return found;
    }
    List<String> ids = users.stream().map(UserId::value).distinct().toList();
    for (Document d : activity.find(Filters.in(ID, ids))) {
      ActivityFacts facts = fromDocument(d);
      found.put(facts.user(), facts);
    }
    return found;
  }

  private static ActivityFacts fromDocument(Document d) {
    Map<LocalDate, WeekCounts> weeks = new HashMap<>();
    Document stored = d.get(WEEKS, Document.class);
    if (stored != null) {
      for (String monday : stored.keySet()) {
        weeks.put(LocalDate.parse(monday), counts(stored.get(monday, Document.class)));
      }
    }
    return new ActivityFacts(new UserId(d.getString(ID)), instant(d, LAST), weeks);
  }

  private static WeekCounts counts(Document week) {
    WeekCounts counts = WeekCounts.NONE;
    for (ActivityKind kind : ActivityKind.values()) {
      Number n = week.get(kind.name(), Number.class);
      for (int i = 0; n != null && i < n.intValue(); i++) {
        counts = counts.plus(kind);
      }
    }
    return counts;
  }
}
