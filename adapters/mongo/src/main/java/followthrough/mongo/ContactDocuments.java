package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.user.UserId;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link Contact} to its document in {@code contacts} and back. Enums are stored by name,
 * the search key is stored next to the name (the embedded server ignores collations), and unset
 * optional fields are absent.
 */
final class ContactDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String NAME = "name";
  static final String NAME_KEY = "nameKey";
  static final String SOURCE = "source";
  static final String SOURCE_NOTE = "sourceNote";
  static final String RUNG = "rung";
  static final String HANDLES = "handles";
  static final String HANDLE_KIND = "kind";
  static final String HANDLE_VALUE = "value";
  static final String NOTE = "note";
  static final String CREATED_AT = "createdAt";

  private ContactDocuments() {}

  static Document toDocument(Contact contact) {
    Document document =
        new Document(ID, contact.id())
            .append(OWNER, contact.owner().value())
            .append(NAME, contact.name())
            .append(NAME_KEY, contact.searchKey());
    Source source = contact.source();
    putIfPresent(document, SOURCE, source == null ? null : source.name());
    putIfPresent(document, SOURCE_NOTE, contact.sourceNote());
    document.append(RUNG, contact.rung().name());
    document.append(HANDLES, contact.handles().stream().map(ContactDocuments::handle).toList());
    putIfPresent(document, NOTE, contact.note());
    return document.append(CREATED_AT, date(contact.createdAt()));
  }

  static Contact fromDocument(Document document) {
    return new Contact(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, NAME),
        source(optionalString(document, SOURCE)),
        optionalString(document, SOURCE_NOTE),
        Rung.valueOf(string(document, RUNG)),
        handles(document),
        optionalString(document, NOTE),
        instant(document, CREATED_AT));
  }

  private static Document handle(ContactHandle handle) {
    return new Document(HANDLE_KIND, handle.kind().name()).append(HANDLE_VALUE, handle.value());
  }

  private static List<ContactHandle> handles(Document document) {
    List<Document> stored = document.getList(HANDLES, Document.class, List.of());
    return stored.stream()
        .map(
            h ->
                new ContactHandle(
                    ContactHandle.Kind.valueOf(string(h, HANDLE_KIND)), string(h, HANDLE_VALUE)))
        .toList();
  }

  private static @Nullable Source source(@Nullable String name) {
    return name == null ? null : Source.valueOf(name);
  }
}
