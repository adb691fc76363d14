package followthrough.core.ports;

import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The users' own checklist templates (the built-in ones are in code, {@link
 * followthrough.core.domain.checklist.BuiltInTemplates}). Every method takes the owner; no call
 * returns another owner's template. Thread-safe.
 */
public interface ChecklistTemplates {

  /** Stores a new template; the same id again (a repeated turn) changes nothing, returns false. */
  boolean add(ChecklistTemplate template);

  /** Replaces the owner's template with this id; false when there is none. */
  boolean update(ChecklistTemplate template);

  /** The owner's template with this id, or empty. */
  Optional<ChecklistTemplate> find(UserId owner, String id);

  /** The owner's templates, by name then id. */
  List<ChecklistTemplate> forOwner(UserId owner);

  /**
   * Gives all of {@code from}'s templates to {@code to} (when two accounts are linked); {@code
   * to}'s own stay as they are and nothing is lost. Running it again moves nothing more, so a merge
   * stopped halfway is finished by repeating it.
   *
   * @return how many templates were moved; 0 when {@code from} equals {@code to}
   */
  int moveOwner(UserId from, UserId to);
}
