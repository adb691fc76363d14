package followthrough.mongo;

import static followthrough.mongo.BsonFields.bool;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.enumValue;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.name;
import static followthrough.mongo.BsonFields.optionalBool;
import static followthrough.mongo.BsonFields.optionalEnum;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.user.UserId;
import org.bson.Document;

/**
 * Maps a {@link Touch} to its document in {@code touches} and back. Enums are stored by name and
 * unset optional fields are absent, so an unasked {@code satisfied} (absent) stays apart from a
 * "no" ({@code false}).
 */
final class TouchDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String CONTACT_ID = OwnedCollection.CONTACT_ID;
  static final String AT = "at";
  static final String CHANNEL = "channel";
  static final String REACHED = "reached";
  static final String SATISFIED = "satisfied";
  static final String REASON = "reason";
  static final String REASON_NOTE = "reasonNote";
  static final String REORDER = "reorder";
  static final String NOTE = "note";

  private TouchDocuments() {}

  static Document toDocument(Touch touch) {
    Document document =
        new Document(ID, touch.id())
            .append(OWNER, touch.owner().value())
            .append(CONTACT_ID, touch.contactId())
            .append(AT, date(touch.at()))
            .append(CHANNEL, touch.channel().name())
            .append(REACHED, touch.reached());
    putIfPresent(document, SATISFIED, touch.satisfied());
    putIfPresent(document, REASON, name(touch.reason()));
    putIfPresent(document, REASON_NOTE, touch.reasonNote());
    putIfPresent(document, REORDER, touch.reorder());
    return putIfPresent(document, NOTE, touch.note());
  }

  static Touch fromDocument(Document document) {
    return new Touch(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, CONTACT_ID),
        instant(document, AT),
        enumValue(document, CHANNEL, Touch.Channel.class),
        bool(document, REACHED),
        optionalBool(document, SATISFIED),
        optionalEnum(document, REASON, Touch.Reason.class),
        optionalString(document, REASON_NOTE),
        optionalBool(document, REORDER),
        optionalString(document, NOTE));
  }
}
