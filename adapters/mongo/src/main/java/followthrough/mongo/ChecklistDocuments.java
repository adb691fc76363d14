package followthrough.mongo;

import static followthrough.mongo.BsonFields.bool;
import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import java.util.List;
import org.bson.Document;

/**
 * Maps a {@link Checklist} to its document in {@code checklists} (items as an array of
 * subdocuments, {@code complete} kept alongside for the query of open ones) and a user's {@link
 * ChecklistTemplate} to its document in {@code checklistTemplates}, and back.
 */
final class ChecklistDocuments {

  static final String ID = OwnedCollection.ID;
  static final String OWNER = OwnedCollection.OWNER;
  static final String CONTACT_ID = OwnedCollection.CONTACT_ID;
  static final String TEMPLATE_ID = "templateId";
  static final String TITLE = "title";
  static final String BUILT_IN = "builtIn";
  static final String ITEMS = "items";
  static final String LABEL = "label";
  static final String DONE_AT = "doneAt";
  static final String COMPLETE = "complete";
  static final String CREATED_AT = "createdAt";
  static final String LAST_PROGRESS_AT = "lastProgressAt";
  static final String NAME = "name";
  static final String VISIBILITY = "visibility";

  private ChecklistDocuments() {}

  static Document toDocument(Checklist checklist) {
    List<Document> items =
        checklist.items().stream()
            .map(
                i ->
                    BsonFields.putIfPresent(
                        new Document(LABEL, i.label()),
                        DONE_AT,
                        i.doneAt() == null ? null : date(i.doneAt())))
            .toList();
    return new Document(ID, checklist.id())
        .append(OWNER, checklist.owner().value())
        .append(CONTACT_ID, checklist.contactId())
        .append(TEMPLATE_ID, checklist.templateId())
        .append(TITLE, checklist.title())
        .append(BUILT_IN, checklist.builtIn())
        .append(ITEMS, items)
        .append(COMPLETE, checklist.complete())
        .append(CREATED_AT, date(checklist.createdAt()))
        .append(LAST_PROGRESS_AT, date(checklist.lastProgressAt()));
  }

  static Checklist fromDocument(Document document) {
    List<Checklist.Item> items =
        document.getList(ITEMS, Document.class).stream()
            .map(
                i ->
                    new Checklist.Item(
                        string(i, LABEL), i.containsKey(DONE_AT) ? instant(i, DONE_AT) : null))
            .toList();
    return new Checklist(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, CONTACT_ID),
        string(document, TEMPLATE_ID),
        string(document, TITLE),
        bool(document, BUILT_IN),
        items,
        instant(document, CREATED_AT),
        instant(document, LAST_PROGRESS_AT));
  }

  static Document toDocument(ChecklistTemplate template) {
    if (template.owner() == null) {
      throw new IllegalArgumentException("built-in templates are not stored");
    }
    return new Document(ID, template.id())
        .append(OWNER, template.owner().value())
        .append(NAME, template.name())
        .append(ITEMS, template.items())
        .append(VISIBILITY, template.visibility().name());
  }

  static ChecklistTemplate templateFrom(Document document) {
    return new ChecklistTemplate(
        string(document, ID),
        new UserId(string(document, OWNER)),
        string(document, NAME),
        document.getList(ITEMS, String.class),
        BsonFields.enumValue(document, VISIBILITY, ChecklistTemplate.Visibility.class));
  }
}
