package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.enumValue;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.integer;
import static followthrough.mongo.BsonFields.name;
import static followthrough.mongo.BsonFields.optionalEnum;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import org.bson.Document;

/**
 * Maps a {@link FollowUp} to its document in {@code follow_ups} and back. Enums are stored by name
 * (the store queries {@code status: "OPEN"}), unset optional fields are absent.
 */
final class FollowUpDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String CONTACT_ID = OwnedCollection.CONTACT_ID;
  static final String KIND = "kind";
  static final String CHANNEL = "channel";
  static final String DUE_AT = "dueAt";
  static final String STATUS = "status";
  static final String NOTE = "note";
  static final String CARRIED_OVER = "carriedOver";
  static final String CREATED_AT = "createdAt";

  private FollowUpDocuments() {}

  static Document toDocument(FollowUp followUp) {
    Document document =
        new Document(ID, followUp.id())
            .append(OWNER, followUp.owner().value())
            .append(CONTACT_ID, followUp.contactId())
            .append(KIND, followUp.kind().name());
    putIfPresent(document, CHANNEL, name(followUp.channel()));
    document.append(DUE_AT, date(followUp.dueAt())).append(STATUS, followUp.status().name());
    putIfPresent(document, NOTE, followUp.note());
    return document
        .append(CARRIED_OVER, followUp.carriedOver())
        .append(CREATED_AT, date(followUp.createdAt()));
  }

  static FollowUp fromDocument(Document document) {
    return new FollowUp(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, CONTACT_ID),
        enumValue(document, KIND, FollowUp.Kind.class),
        optionalEnum(document, CHANNEL, FollowUp.Channel.class),
        instant(document, DUE_AT),
        enumValue(document, STATUS, FollowUp.Status.class),
        optionalString(document, NOTE),
        integer(document, CARRIED_OVER),
        instant(document, CREATED_AT));
  }
}
