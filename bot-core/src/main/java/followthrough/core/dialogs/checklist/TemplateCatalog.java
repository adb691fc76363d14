package followthrough.core.dialogs.checklist;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.ports.SharedTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The templates a user can start a checklist from: built in, their own, shared with them. */
final class TemplateCatalog {

  private final ChecklistTemplates templates;
  private final SharedTemplates shared;

  TemplateCatalog(ChecklistTemplates templates, SharedTemplates shared) {
    this.templates = templates;
    this.shared = shared;
  }

  /** Built-in first, then the user's own (with at least one item), then the shared ones. */
  List<ChecklistTemplate> available(UserId user) {
    List<ChecklistTemplate> all = new ArrayList<>(BuiltInTemplates.all());
    templates.forOwner(user).stream().filter(t -> !t.items().isEmpty()).forEach(all::add);
    all.addAll(shared(user));
    return all;
  }

  /** The template with this id among those available to the user, or empty. */
  Optional<ChecklistTemplate> find(UserId user, String id) {
    Optional<ChecklistTemplate> found =
        BuiltInTemplates.find(id).or(() -> templates.find(user, id));
    return found.or(() -> shared(user).stream().filter(t -> t.id().equals(id)).findFirst());
  }

  List<ChecklistTemplate> own(UserId user) {
    return templates.forOwner(user);
  }

  /** The templates shared with the user, without any of theirs or any not marked for the team. */
  List<ChecklistTemplate> shared(UserId user) {
    return shared.sharedWith(user).stream()
        .filter(t -> !user.equals(t.owner()))
        .filter(t -> t.visibility() == ChecklistTemplate.Visibility.TEAM)
        .filter(t -> !t.items().isEmpty())
        .toList();
  }

  ChecklistTemplates store() {
    return templates;
  }
}
