package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChecklistTemplates} store does; extended by the memory and MongoDB tests. */
public abstract class ChecklistTemplatesContract {

  private static final String NASTY = "First «$week.one» {\"$gt\": 1} <b>*_[x]_*</b> 🙂 שלום";

  protected ChecklistTemplates templates;

  /** A new, empty store. */
  protected abstract ChecklistTemplates newStore();

  @BeforeEach
  void createStore() {
    templates = newStore();
  }

  @Test
  void findsAnAddedTemplateWithItsItemsInOrder() {
    // given
    ChecklistTemplate template =
        ChecklistTemplate.own("t1", ANNA, NASTY).withItem("b").withItem(NASTY).withItem("a");
    // when
    boolean added = templates.add(template);
    // then
    assertThat(added).isTrue();
    assertThat(templates.find(ANNA, "t1")).contains(template);
  }

  @Test
  void addingTheSameIdAgainKeepsTheFirst() {
    // given
    templates.add(ChecklistTemplate.own("t1", ANNA, "first"));
    // when
    boolean again = templates.add(ChecklistTemplate.own("t1", ANNA, "second"));
    // then
    assertThat(again).isFalse();
    assertThat(templates.find(ANNA, "t1").orElseThrow().name()).isEqualTo("first");
  }

  @Test
  void updatesItemsAndVisibility() {
    // given
    ChecklistTemplate template = ChecklistTemplate.own("t1", ANNA, "week");
    templates.add(template);
    ChecklistTemplate shared =
        template.withItem("one").withVisibility(ChecklistTemplate.Visibility.TEAM);
    // when
    boolean updated = templates.update(shared);
    // then
    assertThat(updated).isTrue();
    assertThat(templates.find(ANNA, "t1")).contains(shared);
  }

  @Test
  void neverReadsOrChangesAnotherOwnersTemplate() {
    // given
    templates.add(ChecklistTemplate.own("t1", ANNA, "mine"));
    // when
    boolean updated = templates.update(ChecklistTemplate.own("t1", BORIS, "theirs"));
    // then
    assertThat(updated).isFalse();
    assertThat(templates.find(BORIS, "t1")).isEmpty();
    assertThat(templates.forOwner(BORIS)).isEmpty();
    assertThat(templates.find(ANNA, "t1").orElseThrow().name()).isEqualTo("mine");
  }

  @Test
  void listsTheOwnersTemplatesByName() {
    // given
    templates.add(ChecklistTemplate.own("t1", ANNA, "Zeta"));
    templates.add(ChecklistTemplate.own("t2", ANNA, "Alpha"));
    templates.add(ChecklistTemplate.own("t3", BORIS, "Beta"));
    // when / then
    assertThat(templates.forOwner(ANNA))
        .extracting(ChecklistTemplate::id)
        .containsExactly("t2", "t1");
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    templates.add(ChecklistTemplate.own("t1", joining, "A").withItem("x"));
    templates.add(ChecklistTemplate.own("t2", joining, "B"));
    templates.add(ChecklistTemplate.own("t3", ANNA, "C"));
    templates.add(ChecklistTemplate.own("t4", BORIS, "D"));
    // when
    int moved = templates.moveOwner(joining, ANNA);
    int again = templates.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(templates.forOwner(ANNA).stream().map(ChecklistTemplate::id))
        .containsExactly("t1", "t2", "t3");
    assertThat(templates.find(ANNA, "t1"))
        .contains(ChecklistTemplate.own("t1", ANNA, "A").withItem("x"));
    assertThat(templates.forOwner(joining)).isEmpty();
    assertThat(templates.find(BORIS, "t4")).isPresent();
  }
}
