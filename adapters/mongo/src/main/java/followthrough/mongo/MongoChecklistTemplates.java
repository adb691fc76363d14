package followthrough.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChecklistTemplates} in the collection {@code checklistTemplates}, one document per user
 * template with its id as {@code _id}. Every query and replace filters by owner as well.
 * Thread-safe; driver failures surface as unchecked {@code MongoException}s.
 */
public final class MongoChecklistTemplates implements ChecklistTemplates {

  static final String COLLECTION = "checklistTemplates";

  private final OwnedCollection templates;

  /** Uses the collection {@code checklistTemplates}; call {@link MongoSchema#ensure} first. */
  public MongoChecklistTemplates(MongoDatabase db) {
    this.templates = new OwnedCollection(db.getCollection(COLLECTION));
  }

  /** Inserts the template; an id that exists already leaves the stored one as it is. */
  @Override
  public boolean add(ChecklistTemplate template) {
    return templates.insertOnce(ChecklistDocuments.toDocument(template));
  }

  @Override
  public boolean update(ChecklistTemplate template) {
    if (template.owner() == null) {
      return false;
    }
    return templates.replace(
        template.owner(), template.id(), ChecklistDocuments.toDocument(template));
  }

  @Override
  public Optional<ChecklistTemplate> find(UserId owner, String id) {
    return templates.find(owner, id).map(ChecklistDocuments::templateFrom);
  }

  @Override
  public List<ChecklistTemplate> forOwner(UserId owner) {
    return templates
        .list(
            owner, Filters.empty(), Sorts.ascending(ChecklistDocuments.NAME, ChecklistDocuments.ID))
        .stream()
        .map(ChecklistDocuments::templateFrom)
        .toList();
  }

  /** One {@code updateMany} of the owner field; no other field or id names the owner. */
  @Override
  public int moveOwner(UserId from, UserId to) {
    return templates.moveOwner(from, to);
  }
}
