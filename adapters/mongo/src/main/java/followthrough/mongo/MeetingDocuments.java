package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.enumValue;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import org.bson.Document;

/**
 * Maps a {@link Meeting} to its document in {@code meetings} and back. The status is stored by
 * name; an unset place is absent.
 */
final class MeetingDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String CONTACT_ID = OwnedCollection.CONTACT_ID;
  static final String AT = "at";
  static final String PLACE = "place";
  static final String STATUS = "status";
  static final String CREATED_AT = "createdAt";

  private MeetingDocuments() {}

  static Document toDocument(Meeting meeting) {
    Document document =
        new Document(ID, meeting.id())
            .append(OWNER, meeting.owner().value())
            .append(CONTACT_ID, meeting.contactId())
            .append(AT, date(meeting.at()));
    putIfPresent(document, PLACE, meeting.place());
    return document
        .append(STATUS, meeting.status().name())
        .append(CREATED_AT, date(meeting.createdAt()));
  }

  static Meeting fromDocument(Document document) {
    return new Meeting(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, CONTACT_ID),
        instant(document, AT),
        optionalString(document, PLACE),
        enumValue(document, STATUS, Meeting.Status.class),
        instant(document, CREATED_AT));
  }
}
