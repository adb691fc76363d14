package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.Registration;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Events} store does; extended by the memory and MongoDB tests. Instants are kept
 * to the millisecond, bounds are compared exactly.
 */
public abstract class EventsContract {

  private static final String NASTY =
      "Training «$set.title» {\"$gt\": 1} <a href='x'>*_[link]_*</a> 🙂 שלום\nline.two";

  protected Events events;

  /** A new, empty store. */
  protected abstract Events newStore();

  @BeforeEach
  void createStore() {
    events = newStore();
  }

  private static GroupEvent event(UserId owner, String id, int days) {
    return new GroupEvent(
        id,
        owner,
        "Training",
        T0.plus(Duration.ofDays(days)),
        null,
        null,
        null,
        GroupEvent.Status.PLANNED,
        List.of(),
        T0);
  }

  private static List<String> ids(List<GroupEvent> found) {
    return found.stream().map(GroupEvent::id).toList();
  }

  @Test
  void findsAnAddedEventWithEveryFieldAndRegistration() {
    // given
    GroupEvent full =
        new GroupEvent(
            "e1",
            ANNA,
            NASTY,
            T0.plusMillis(250),
            NASTY,
            12,
            "20 € $",
            GroupEvent.Status.HELD,
            List.of(
                new Registration("c1", true, false, false, Boolean.TRUE),
                new Registration("c2", false, true, true, null),
                new Registration("c3", false, false, false, Boolean.FALSE)),
            T0.minusMillis(5));
    // when
    boolean added = events.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(events.find(ANNA, "e1")).contains(full);
  }

  @Test
  void addingTheSameIdAgainKeepsTheFirst() {
    // given
    events.add(event(ANNA, "e1", 1));
    // when
    boolean again = events.add(event(ANNA, "e1", 5));
    // then
    assertThat(again).isFalse();
    assertThat(events.find(ANNA, "e1").orElseThrow().at()).isEqualTo(T0.plus(Duration.ofDays(1)));
  }

  @Test
  void updatesRegistrations() {
    // given
    GroupEvent event = event(ANNA, "e1", 1);
    events.add(event);
    GroupEvent registered = event.registered("c1").registered("c2");
    // when
    boolean updated = events.update(registered);
    // then
    assertThat(updated).isTrue();
    assertThat(events.find(ANNA, "e1")).contains(registered);
  }

  @Test
  void neverReadsOrChangesAnotherOwnersEvent() {
    // given
    events.add(event(ANNA, "e1", 1).registered("c1"));
    // when
    boolean updated = events.update(event(BORIS, "e1", 3));
    // then
    assertThat(updated).isFalse();
    assertThat(events.find(BORIS, "e1")).isEmpty();
    assertThat(events.from(BORIS, T0, 10)).isEmpty();
    assertThat(events.before(BORIS, T0.plus(Duration.ofDays(9)), 10)).isEmpty();
    assertThat(events.withContact(BORIS, "c1")).isEmpty();
  }

  @Test
  void listsEventsFromAnInstantEarliestFirstAndBeforeItNewestFirst() {
    // given
    events.add(event(ANNA, "e1", -2));
    events.add(event(ANNA, "e2", 0));
    events.add(event(ANNA, "e3", 3));
    events.add(event(ANNA, "e4", 1));
    events.add(event(ANNA, "e5", -1));
    // when / then
    assertThat(ids(events.from(ANNA, T0, 10))).containsExactly("e2", "e4", "e3");
    assertThat(ids(events.from(ANNA, T0, 2))).containsExactly("e2", "e4");
    assertThat(ids(events.before(ANNA, T0, 10))).containsExactly("e5", "e1");
    assertThat(ids(events.before(ANNA, T0, 1))).containsExactly("e5");
  }

  @Test
  void listsTheEventsAContactIsRegisteredForNewestFirst() {
    // given
    events.add(event(ANNA, "e1", 1).registered("c1"));
    events.add(event(ANNA, "e2", 2).registered("c2"));
    events.add(event(ANNA, "e3", 3).registered("c2").registered("c1"));
    // when
    List<GroupEvent> found = events.withContact(ANNA, "c1");
    // then
    assertThat(ids(found)).containsExactly("e3", "e1");
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    events.add(event(joining, "e1", 1));
    events.add(event(joining, "e2", 2));
    events.add(event(ANNA, "e3", 3));
    events.add(event(BORIS, "e4", 1));
    // when
    int moved = events.moveOwner(joining, ANNA);
    int again = events.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ids(events.from(ANNA, T0, 10))).containsExactly("e1", "e2", "e3");
    assertThat(events.find(ANNA, "e1")).contains(event(ANNA, "e1", 1));
    assertThat(events.from(joining, T0, 10)).isEmpty();
    assertThat(ids(events.from(BORIS, T0, 10))).containsExactly("e4");
  }
}
