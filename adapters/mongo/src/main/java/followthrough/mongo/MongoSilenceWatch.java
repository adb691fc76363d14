package followthrough.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.SilenceWatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link SilenceWatch} in the collection {@code silence_watch}: the members filed under a day are
 * spread over {@link #SLOTS} bucket documents, {@code _id} {@code <day>/<slot>} (the slot from the
 * member id's hash), each with the arrays {@code members} and {@code snoozed}. Filing is an
 * upserted {@code $addToSet} on one bucket by {@code _id}; the job's read of a range of days is one
 * {@code find} with {@code _id $in} all buckets of those days, which the embedded server serves
 * from its {@code _id} index (it scans for ranges, but not for {@code $in}). Slots keep each bucket
 * small, so a write never rewrites a day's whole list. Thread-safe; driver failures surface as
 * unchecked {@code MongoException}s.
 */
public final class MongoSilenceWatch implements SilenceWatch {

  static final String COLLECTION = "silence_watch";

  /** Buckets per day. */
  static final int SLOTS = 64;

  private static final String ID = "_id";
  private static final String MEMBERS = "members";
  private static final String SNOOZED = "snoozed";
  private static final String STATE = "handledThrough";
  private static final String DAY = "day";

  private final MongoCollection<Document> buckets;

  /** Uses the collection {@code silence_watch} of {@code db}. */
  public MongoSilenceWatch(MongoDatabase db) {
    this.buckets = db.getCollection(COLLECTION);
  }

  @Override
  public void file(Filing filing) {
    buckets.updateOne(
        Filters.eq(ID, bucket(filing.day(), filing.member())),
        Updates.addToSet(array(filing), filing.member().value()),
        new UpdateOptions().upsert(true));
  }

  @Override
  public void unfile(Filing filing) {
    buckets.updateOne(
        Filters.eq(ID, bucket(filing.day(), filing.member())),
        Updates.pull(array(filing), filing.member().value()));
  }

  @Override
  public List<Filing> due(LocalDate from, LocalDate until) {
    List<String> ids = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
      ids.addAll(bucketsOf(day));
    }
    List<Filing> due = new ArrayList<>();
    if (ids.isEmpty()) {
      return due;
    }
    for (Document d : buckets.find(Filters.in(ID, ids))) {
      LocalDate day = LocalDate.parse(d.getString(ID).substring(0, d.getString(ID).indexOf('/')));
      for (String m : d.getList(MEMBERS, String.class, List.of())) {
        due.add(new Filing(new UserId(m), day, false));
      }
      for (String m : d.getList(SNOOZED, String.class, List.of())) {
        due.add(new Filing(new UserId(m), day, true));
      }
    }
    return due;
  }

  @Override
  public void clear(LocalDate day) {
    buckets.deleteMany(Filters.in(ID, bucketsOf(day)));
  }

  @Override
  public Optional<LocalDate> handledThrough() {
    return Optional.ofNullable(buckets.find(Filters.eq(ID, STATE)).first())
        .map(d -> LocalDate.parse(d.getString(DAY)));
  }

  @Override
  public void handledThrough(LocalDate day) {
    buckets.replaceOne(
        Filters.eq(ID, STATE),
        new Document(ID, STATE).append(DAY, day.toString()),
        new ReplaceOptions().upsert(true));
  }

  static String bucket(LocalDate day, UserId member) {
    return day + "/" + Math.floorMod(member.value().hashCode(), SLOTS);
  }

  private static List<String> bucketsOf(LocalDate day) {
    List<String> ids = new ArrayList<>(SLOTS);
    for (int slot = 0; slot < SLOTS; slot++) {
      ids.add(day + "/" + slot);
    }
    return ids;
  }

  private static String array(Filing filing) {
    return filing.snoozed() ? SNOOZED : MEMBERS;
  }
}
