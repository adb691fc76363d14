package followthrough.mongo;

import static followthrough.mongo.BsonFields.bool;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.enumValue;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.optionalBool;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.Registration;
import followthrough.core.domain.user.UserId;
import java.util.List;
import org.bson.Document;

/**
 * Maps a {@link GroupEvent} to its document in {@code events} and back: registrations as an array
 * of subdocuments, and the registered contacts' ids once more in {@code contactIds}, a plain array
 * that the query "events with this contact" matches on every server. Unset fields are absent.
 */
final class EventDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String TITLE = "title";
  static final String AT = "at";
  static final String PLACE = "place";
  static final String CAPACITY = "capacity";
  static final String FEE = "fee";
  static final String STATUS = "status";
  static final String REGISTRATIONS = "registrations";
  static final String CONTACT_IDS = "contactIds";
  static final String CREATED_AT = "createdAt";
  static final String CONTACT_ID = "contactId";
  static final String PREPAID = "prepaid";
  static final String CONFIRMED = "confirmed";
  static final String CANCELLED = "cancelled";
  static final String ATTENDED = "attended";

  private EventDocuments() {}

  static Document toDocument(GroupEvent event) {
    Document document =
        new Document(ID, event.id())
            .append(OWNER, event.owner().value())
            .append(TITLE, event.title())
            .append(AT, date(event.at()));
    putIfPresent(document, PLACE, event.place());
    putIfPresent(document, CAPACITY, event.capacity());
    putIfPresent(document, FEE, event.fee());
    List<Document> registrations =
        event.registrations().stream().map(EventDocuments::registration).toList();
    return document
        .append(STATUS, event.status().name())
        .append(REGISTRATIONS, registrations)
        .append(CONTACT_IDS, event.registrations().stream().map(Registration::contactId).toList())
        .append(CREATED_AT, date(event.createdAt()));
  }

  static GroupEvent fromDocument(Document document) {
    List<Registration> registrations =
        document.getList(REGISTRATIONS, Document.class).stream()
            .map(EventDocuments::registration)
            .toList();
    return new GroupEvent(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, TITLE),
        instant(document, AT),
        optionalString(document, PLACE),
        document.getInteger(CAPACITY),
        optionalString(document, FEE),
        enumValue(document, STATUS, GroupEvent.Status.class),
        registrations,
        instant(document, CREATED_AT));
  }

  private static Document registration(Registration r) {
    Document document =
        new Document(CONTACT_ID, r.contactId())
            .append(PREPAID, r.prepaid())
            .append(CONFIRMED, r.confirmed())
            .append(CANCELLED, r.cancelled());
    return putIfPresent(document, ATTENDED, r.attended());
  }

  private static Registration registration(Document document) {
    return new Registration(
        string(document, CONTACT_ID),
        bool(document, PREPAID),
        bool(document, CONFIRMED),
        bool(document, CANCELLED),
        optionalBool(document, ATTENDED));
  }
}
