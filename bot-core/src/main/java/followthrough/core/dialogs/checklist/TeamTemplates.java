package followthrough.core.dialogs.checklist;

import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.ports.SharedTemplates;
import followthrough.core.ports.Team;
import java.util.List;

/**
 * The templates a member's upline shares: every template with visibility {@code TEAM} of their
 * sponsor, their sponsor's sponsor and so on up the line (a team leader shares with everyone under
 * them). A user outside any team gets none. Thread-safe; reads one template list per upline level.
 */
public final class TeamTemplates implements SharedTemplates {

  private final Team team;
  private final ChecklistTemplates templates;

  public TeamTemplates(Team team, ChecklistTemplates templates) {
    this.team = team;
    this.templates = templates;
  }

  @Override
  public List<ChecklistTemplate> sharedWith(UserId member) {
    List<UserId> upline = team.find(member).map(Member::lineage).orElse(List.of());
    return upline.stream()
        .filter(leader -> !leader.equals(member))
        .flatMap(leader -> templates.forOwner(leader).stream())
        .filter(t -> t.visibility() == ChecklistTemplate.Visibility.TEAM)
        .toList();
  }
}
