package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.string;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.TeamChannels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link TeamChannels} in the collection {@code team_channels}, one document per server with the
 * server id as {@code _id}, so every lookup is an {@code _id} lookup. Thread-safe; driver failures
 * surface as unchecked {@code MongoException}s.
 */
public final class MongoTeamChannels implements TeamChannels {

  static final String COLLECTION = "team_channels";
  private static final String ID = "_id";
  private static final String CHANNEL = "channel";
  private static final String LEADER = "leader";
  private static final String SET_AT = "setAt";

  private final MongoCollection<Document> channels;

  /** Uses the collection {@code team_channels} of {@code db}. */
  public MongoTeamChannels(MongoDatabase db) {
    this.channels = db.getCollection(COLLECTION);
  }

  @Override
  public void save(TeamChannel channel) {
    Document document =
        new Document(ID, channel.serverId())
            .append(CHANNEL, channel.channelId())
            .append(LEADER, channel.leader().value())
            .append(SET_AT, date(channel.setAt()));
    channels.replaceOne(
        Filters.eq(ID, channel.serverId()), document, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<TeamChannel> forServer(String serverId) {
    return Optional.ofNullable(channels.find(Filters.eq(ID, serverId)).first())
        .map(MongoTeamChannels::fromDocument);
  }

  /** Reads every server's channel; there is one per team server, a short list. */
  @Override
  public List<TeamChannel> all() {
    List<TeamChannel> all = new ArrayList<>();
    for (Document document : channels.find().sort(Sorts.ascending(ID))) {
      all.add(fromDocument(document));
    }
    return all;
  }

  @Override
  public void remove(String serverId) {
    channels.deleteOne(Filters.eq(ID, serverId));
  }

  private static TeamChannel fromDocument(Document document) {
    return new TeamChannel(
        string(document, ID),
        string(document, CHANNEL),
        new UserId(string(document, LEADER)),
        instant(document, SET_AT));
  }
}
