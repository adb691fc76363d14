package followthrough.core.dialogs.checklist;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.team.MemberContacts;
import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.memory.InMemoryChecklistTemplates;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryTeam;
import followthrough.core.ports.OnboardingProgress;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where checklists meet teams: templates shared down the line, progress for sponsor nudges. */
class TeamBridgesTest {

  private static final UserId CLARA = new UserId("telegram:1003");

  private final InMemoryTeam team = new InMemoryTeam();
  private final InMemoryChecklistTemplates templates = new InMemoryChecklistTemplates();
  private final InMemoryChecklists checklists = new InMemoryChecklists();

  @BeforeEach
  void annaLeadsBorisWhoSponsorsClara() {
    team.join(Member.joining(BORIS, ANNA, List.of(), "Boris", T0));
    team.join(Member.joining(CLARA, BORIS, List.of(ANNA), "Clara", T0));
  }

  @Test
  void aMemberSeesTheTeamTemplatesOfEveryoneAboveThemButNoPrivateOnes() {
    // given
    templates.add(
        ChecklistTemplate.own("t1", ANNA, "Anna's start")
            .withItem("call me")
            .withVisibility(ChecklistTemplate.Visibility.TEAM));
    templates.add(ChecklistTemplate.own("t2", ANNA, "Anna's private").withItem("x"));
    templates.add(
        ChecklistTemplate.own("t3", BORIS, "Boris' start")
            .withItem("meet")
            .withVisibility(ChecklistTemplate.Visibility.TEAM));
    TeamTemplates shared = new TeamTemplates(team, templates);
    // when / then
    assertThat(shared.sharedWith(CLARA))
        .extracting(ChecklistTemplate::id)
        .containsExactly("t3", "t1");
    assertThat(shared.sharedWith(BORIS)).extracting(ChecklistTemplate::id).containsExactly("t1");
    assertThat(shared.sharedWith(ANNA)).isEmpty();
  }

  @Test
  void aSponsorNudgeShowsTheChecklistTheSponsorRunsForTheMember() {
    // given: Boris runs "new partner" for Clara's contact in his contacts, one item ticked
    Checklist started =
        Checklist.start(
            "k1",
            BORIS,
            MemberContacts.idFor(CLARA),
            BuiltInTemplates.find(BuiltInTemplates.PARTNER).orElseThrow(),
            T0);
    checklists.add(started.toggled(0, T0).orElseThrow());
    SponsorOnboarding onboarding = new SponsorOnboarding(team, checklists);
    // when / then
    assertThat(onboarding.of(CLARA)).contains(new OnboardingProgress.Progress(1, 5));
    assertThat(onboarding.of(BORIS)).isEmpty(); // Anna runs no checklist for Boris
  }
}
