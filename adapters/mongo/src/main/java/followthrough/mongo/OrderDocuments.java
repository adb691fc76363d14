package followthrough.mongo;

import static followthrough.mongo.BsonFields.bool;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import org.bson.Document;

/** Maps an {@link Order} to its document in {@code orders} and back; an unset note is absent. */
final class OrderDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String CONTACT_ID = OwnedCollection.CONTACT_ID;
  static final String AT = "at";
  static final String REFERRAL = "referral";
  static final String NOTE = "note";

  private OrderDocuments() {}

  static Document toDocument(Order order) {
    Document document =
        new Document(ID, order.id())
            .append(OWNER, order.owner().value())
            .append(CONTACT_ID, order.contactId())
            .append(AT, date(order.at()))
            .append(REFERRAL, order.referral());
    return putIfPresent(document, NOTE, order.note());
  }

  static Order fromDocument(Document document) {
    return new Order(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, CONTACT_ID),
        instant(document, AT),
        bool(document, REFERRAL),
        optionalString(document, NOTE));
  }
}
