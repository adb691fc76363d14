package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.string;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * {@link Team} in the collection {@code team_members}, one document per member with the member's
 * user id as {@code _id}: the unique {@code _id} makes "at most one sponsor" an insert that the
 * server refuses a second time. Each document holds the member's {@code lineage} (sponsor first, up
 * to the top), so a leader's line is one query on {@code lineage}; joining and leaving rewrite the
 * lineage of the member's own line with one {@code updateMany}. The two writes of a join or a leave
 * are not atomic together (no transactions on the embedded server); a failure between them leaves
 * the member's own line counted under the former line until they join or leave again. Thread-safe;
 * driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoTeam implements Team {

  static final String COLLECTION = "team_members";
  static final String ID = "_id";
  static final String SPONSOR = "sponsor";
  static final String LINEAGE = "lineage";
  static final String JOINED_AT = "joinedAt";
  private static final String NAME = "name";
  private static final int BATCH = 500;

  private final MongoCollection<Document> members;

  /** Uses the collection {@code team_members} of {@code db}. */
  public MongoTeam(MongoDatabase db) {
    this.members = db.getCollection(COLLECTION);
  }

  @Override
  public boolean join(Member member) {
    try {
      members.insertOne(toDocument(member));
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    // The member's own line ends with the member so far: append the new sponsor line.
    members.updateMany(
        Filters.eq(LINEAGE, member.id().value()),
        Updates.pushEach(LINEAGE, ids(member.lineage()), new PushOptions()));
    return true;
  }

  @Override
  public Optional<Member> find(UserId member) {
    return Optional.ofNullable(members.find(Filters.eq(ID, member.value())).first())
        .map(MongoTeam::fromDocument);
  }

  @Override
  public List<Member> firstLine(UserId sponsor) {
    List<Member> line = new ArrayList<>();
    for (Document d :
        members.find(Filters.eq(SPONSOR, sponsor.value())).sort(Sorts.ascending(JOINED_AT, ID))) {
      line.add(fromDocument(d));
    }
    return line;
  }

  @Override
  public boolean leave(UserId member, UserId sponsor) {
    Document gone =
        members.findOneAndDelete(
            Filters.and(Filters.eq(ID, member.value()), Filters.eq(SPONSOR, sponsor.value())));
    if (gone == null) {
      return false;
    }
    members.updateMany(
        Filters.eq(LINEAGE, member.value()),
        Updates.pullAll(LINEAGE, ids(fromDocument(gone).lineage())));
    return true;
  }

  @Override
  public void forEachInLine(UserId leader, Consumer<Member> each) {
    for (Document d : members.find(Filters.eq(LINEAGE, leader.value())).batchSize(BATCH)) {
      each.accept(fromDocument(d));
    }
  }

  /** The document of a member, as stored. */
  static Document toDocument(Member m) {
    return new Document(ID, m.id().value())
        .append(SPONSOR, m.sponsor().value())
        .append(LINEAGE, ids(m.lineage()))
        .append(NAME, m.name())
        .append(JOINED_AT, date(m.joinedAt()));
  }

  private static Member fromDocument(Document d) {
    List<UserId> lineage = new ArrayList<>();
    for (Object id : d.getList(LINEAGE, Object.class, List.of())) {
      lineage.add(new UserId((String) id));
    }
    return new Member(
        new UserId(string(d, ID)),
        new UserId(string(d, SPONSOR)),
        lineage,
        string(d, NAME),
        instant(d, JOINED_AT));
  }

  private static List<String> ids(List<UserId> users) {
    return users.stream().map(UserId::value).toList();
  }
}
