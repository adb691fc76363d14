package followthrough.core.ports;

import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import java.util.List;

/**
 * The checklist templates other users (a team leader, a sponsor) share with a user: their templates
 * with visibility {@code TEAM}. The teams feature knows who leads whom and supplies this; until it
 * does, {@link #NONE} shares nothing. Thread-safe.
 */
@FunctionalInterface
public interface SharedTemplates {

  /** Shares nothing: for a setup without teams. */
  SharedTemplates NONE = member -> List.of();

  /**
   * The templates shared with {@code member} by the leaders of their team, never the member's own
   * and never a template with visibility {@code OWNER}.
   */
  List<ChecklistTemplate> sharedWith(UserId member);
}
