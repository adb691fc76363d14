package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Checklists} store does; extended by the memory and MongoDB tests. Instants are
 * kept to the millisecond.
 */
public abstract class ChecklistsContract {

  private static final String NASTY =
      "Call «$set.name» {\"$gt\": 1} <b>*_[x]_*</b> 🙂 שלום\nline.two";

  protected Checklists checklists;

  /** A new, empty store. */
  protected abstract Checklists newStore();

  @BeforeEach
  void createStore() {
    checklists = newStore();
  }

  private static Checklist partner(UserId owner, String id, String contactId, int minutes) {
    ChecklistTemplate template = BuiltInTemplates.find(BuiltInTemplates.PARTNER).orElseThrow();
    return Checklist.start(id, owner, contactId, template, T0.plus(Duration.ofMinutes(minutes)));
  }

  private static List<String> ids(List<Checklist> found) {
    return found.stream().map(Checklist::id).toList();
  }

  @Test
  void findsAnAddedChecklistWithEveryFieldOfAUserTemplate() {
    // given
    ChecklistTemplate own =
        ChecklistTemplate.own("t1", ANNA, NASTY).withItem(NASTY).withItem("second");
    Checklist checklist =
        Checklist.start("k1", ANNA, "c1", own, T0).toggled(1, T0.plusMillis(250)).orElseThrow();
    // when
    boolean added = checklists.add(checklist);
    // then
    assertThat(added).isTrue();
    assertThat(checklists.find(ANNA, "k1")).contains(checklist);
  }

  @Test
  void addingTheSameIdAgainKeepsTheFirst() {
    // given
    checklists.add(partner(ANNA, "k1", "c1", 0));
    // when
    boolean again = checklists.add(partner(ANNA, "k1", "c2", 5));
    // then
    assertThat(again).isFalse();
    assertThat(checklists.find(ANNA, "k1").orElseThrow().contactId()).isEqualTo("c1");
  }

  @Test
  void updatesATickedChecklist() {
    // given
    Checklist checklist = partner(ANNA, "k1", "c1", 0);
    checklists.add(checklist);
    Checklist ticked = checklist.toggled(0, T0.plusSeconds(60)).orElseThrow();
    // when
    boolean updated = checklists.update(ticked);
    // then
    assertThat(updated).isTrue();
    assertThat(checklists.find(ANNA, "k1")).contains(ticked);
  }

  @Test
  void neverReadsOrChangesAnotherOwnersChecklist() {
    // given
    checklists.add(partner(ANNA, "k1", "c1", 0));
    // when
    boolean updated = checklists.update(partner(BORIS, "k1", "c1", 9));
    // then
    assertThat(updated).isFalse();
    assertThat(checklists.find(BORIS, "k1")).isEmpty();
    assertThat(checklists.forContact(BORIS, "c1")).isEmpty();
    assertThat(checklists.open(BORIS)).isEmpty();
    assertThat(checklists.find(ANNA, "k1").orElseThrow().createdAt()).isEqualTo(T0);
  }

  @Test
  void listsAContactsChecklistsNewestFirst() {
    // given
    checklists.add(partner(ANNA, "k1", "c1", 0));
    checklists.add(partner(ANNA, "k2", "c1", 10));
    checklists.add(partner(ANNA, "k3", "c2", 5));
    // when
    List<Checklist> found = checklists.forContact(ANNA, "c1");
    // then
    assertThat(ids(found)).containsExactly("k2", "k1");
  }

  @Test
  void listsOpenChecklistsOldestProgressFirstWithoutCompleteOnes() {
    // given
    checklists.add(partner(ANNA, "k1", "c1", 10));
    checklists.add(partner(ANNA, "k2", "c2", 0));
    Checklist done = partner(ANNA, "k3", "c3", 0);
    for (int i = 0; i < done.items().size(); i++) {
      done = done.toggled(i, T0).orElseThrow();
    }
    checklists.add(done);
    // when
    List<Checklist> open = checklists.open(ANNA);
    // then
    assertThat(ids(open)).containsExactly("k2", "k1");
  }

  @Test
  void deletesAContactsChecklistsOnly() {
    // given
    checklists.add(partner(ANNA, "k1", "c1", 0));
    checklists.add(partner(ANNA, "k2", "c2", 0));
    checklists.add(partner(BORIS, "k3", "c1", 0));
    // when
    checklists.deleteFor(ANNA, "c1");
    // then
    assertThat(checklists.find(ANNA, "k1")).isEmpty();
    assertThat(checklists.find(ANNA, "k2")).isPresent();
    assertThat(checklists.find(BORIS, "k3")).isPresent();
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    checklists.add(partner(joining, "k1", "c1", 0));
    checklists.add(partner(joining, "k2", "c2", 1));
    checklists.add(partner(ANNA, "k3", "c3", 2));
    checklists.add(partner(BORIS, "k4", "c4", 0));
    // when
    int moved = checklists.moveOwner(joining, ANNA);
    int again = checklists.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ids(checklists.open(ANNA))).containsExactly("k1", "k2", "k3");
    assertThat(checklists.find(ANNA, "k1")).contains(partner(ANNA, "k1", "c1", 0));
    assertThat(checklists.open(joining)).isEmpty();
    assertThat(ids(checklists.open(BORIS))).containsExactly("k4");
  }
}
