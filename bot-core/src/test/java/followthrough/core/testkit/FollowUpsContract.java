package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.followup.FollowUp.Channel;
import followthrough.core.domain.followup.FollowUp.Kind;
import followthrough.core.domain.followup.FollowUp.Status;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.FollowUps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FollowUps} store does; extended by the memory and MongoDB tests. Instants are
 * kept to the millisecond, bounds are compared exactly; follow-ups due at the same instant come in
 * ascending id order.
 */
public abstract class FollowUpsContract {

  private static final String NASTY =
      "Позвонить «$set.name» {\"$gt\": 1} <b>'x' & \"y\"</b> 🙂 שלום\nline.two";

  protected FollowUps followUps;

  /** A new, empty store. */
  protected abstract FollowUps newStore();

  @BeforeEach
  void createStore() {
    followUps = newStore();
  }

  private static FollowUp open(UserId owner, String id, String contactId, Instant dueAt) {
    return FollowUp.open(id, owner, contactId, Kind.CHECK_IN, null, dueAt, null, T0);
  }

  private static List<String> ids(List<FollowUp> found) {
    return found.stream().map(FollowUp::id).toList();
  }

  @Test
  void findsAnAddedFollowUpWithEveryField() {
    // given
    FollowUp full =
        new FollowUp(
            "f1",
            ANNA,
            "c1",
            Kind.THANK_YOU,
            Channel.IN_PERSON,
            T0.plusMillis(1500),
            Status.DROPPED,
            NASTY,
            3,
            T0.minusMillis(7));
    // when
    boolean added = followUps.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(followUps.find(ANNA, "f1")).contains(full);
  }

  @Test
  void keepsEmptyOptionalFieldsAndEveryKindChannelAndStatus() {
    // given
    List<FollowUp> all = new ArrayList<>(List.of(open(ANNA, "bare", "c1", T0)));
    for (Kind kind : Kind.values()) {
      for (Channel channel : Channel.values()) {
        Status status = Status.values()[all.size() % Status.values().length];
        all.add(new FollowUp("f" + all.size(), ANNA, "c1", kind, channel, T0, status, null, 0, T0));
      }
    }
    // when
    all.forEach(followUps::add);
    // then
    all.forEach(f -> assertThat(followUps.find(ANNA, f.id())).contains(f));
  }

  @Test
  void addingTheSameIdTwiceKeepsTheFirstFollowUp() {
    // given
    FollowUp first = open(ANNA, "f1", "c1", T0);
    followUps.add(first);
    // when
    boolean again = followUps.add(first.done());
    boolean othersAgain = followUps.add(open(BORIS, "f1", "c1", T0));
    // then
    assertThat(again).isFalse();
    assertThat(othersAgain).isFalse();
    assertThat(followUps.find(ANNA, "f1")).contains(first);
    assertThat(followUps.find(BORIS, "f1")).isEmpty();
  }

  @Test
  void updateReplacesTheStoredFollowUp() {
    // given
    FollowUp first = open(ANNA, "f1", "c1", T0);
    followUps.add(first);
    FollowUp changed = first.notReached(T0, ZoneOffset.UTC).dropped();
    // when
    boolean updated = followUps.update(changed);
    // then
    assertThat(updated).isTrue();
    assertThat(followUps.find(ANNA, "f1")).contains(changed);
  }

  @Test
  void updateChangesNothingUnlessTheOwnerHasThatFollowUp() {
    // given
    FollowUp boriss = open(BORIS, "b1", "c1", T0);
    followUps.add(boriss);
    // when
    boolean othersUpdated = followUps.update(open(ANNA, "b1", "c1", T0).done());
    boolean unknownUpdated = followUps.update(open(ANNA, "f1", "c1", T0));
    // then
    assertThat(othersUpdated).isFalse();
    assertThat(unknownUpdated).isFalse();
    assertThat(followUps.find(BORIS, "b1")).contains(boriss);
    assertThat(followUps.find(ANNA, "b1")).isEmpty();
    assertThat(followUps.find(ANNA, "f1")).isEmpty();
  }

  @Test
  void neverReturnsAnotherOwnersFollowUps() {
    // given
    followUps.add(open(BORIS, "b1", "c1", T0));
    // when / then
    assertThat(followUps.find(ANNA, "b1")).isEmpty();
    assertThat(followUps.openDueBefore(ANNA, T0.plus(Duration.ofDays(1)))).isEmpty();
    assertThat(followUps.openFor(ANNA, "c1")).isEmpty();
    assertThat(ids(followUps.openFor(BORIS, "c1"))).containsExactly("b1");
  }

  @Test
  void listsOpenFollowUpsDueBeforeAnInstantEarliestFirst() {
    // given
    Instant until = T0.plus(Duration.ofDays(1));
    followUps.add(open(ANNA, "f1", "c1", T0.plus(Duration.ofHours(2))));
    followUps.add(open(ANNA, "f2", "c2", T0.plus(Duration.ofHours(1))));
    followUps.add(open(ANNA, "f3", "c1", T0.minus(Duration.ofDays(3))));
    followUps.add(open(ANNA, "f4", "c1", until));
    followUps.add(open(ANNA, "f5", "c1", until.plusMillis(1)));
    followUps.add(open(ANNA, "f6", "c1", T0).done());
    followUps.add(open(ANNA, "f7", "c1", T0).dropped());
    followUps.add(open(ANNA, "f8", "c3", T0.plus(Duration.ofHours(1))));
    // when
    List<FollowUp> due = followUps.openDueBefore(ANNA, until);
    // then
    assertThat(ids(due)).containsExactly("f3", "f2", "f8", "f1");
  }

  @Test
  void comparesTheDueInstantWithASubMillisecondBoundExactly() {
    // given
    followUps.add(open(ANNA, "f1", "c1", T0));
    // when / then
    assertThat(ids(followUps.openDueBefore(ANNA, T0.plusNanos(1)))).containsExactly("f1");
    assertThat(followUps.openDueBefore(ANNA, T0)).isEmpty();
    assertThat(ids(followUps.openDueBefore(ANNA, Instant.MAX))).containsExactly("f1");
  }

  @Test
  void listsTheOpenFollowUpsWithOneContactEarliestFirst() {
    // given
    followUps.add(open(ANNA, "f1", "c1", T0.plus(Duration.ofDays(2))));
    followUps.add(open(ANNA, "f2", "c1", T0.plus(Duration.ofDays(1))));
    followUps.add(open(ANNA, "f3", "c1", T0).done());
    followUps.add(open(ANNA, "f4", "c1", T0).dropped());
    followUps.add(open(ANNA, "f5", "c2", T0));
    // when
    List<FollowUp> open = followUps.openFor(ANNA, "c1");
    // then
    assertThat(ids(open)).containsExactly("f2", "f1");
  }

  @Test
  void deletesOnlyTheOwnersFollowUpsWithThatContact() {
    // given
    followUps.add(open(ANNA, "f1", "c1", T0));
    followUps.add(open(ANNA, "f2", "c1", T0).done());
    followUps.add(open(ANNA, "f3", "c2", T0));
    followUps.add(open(BORIS, "b1", "c1", T0));
    // when
    followUps.deleteFor(ANNA, "c1");
    // then
    assertThat(followUps.find(ANNA, "f1")).isEmpty();
    assertThat(followUps.find(ANNA, "f2")).isEmpty();
    assertThat(followUps.find(ANNA, "f3")).isPresent();
    assertThat(followUps.find(BORIS, "b1")).isPresent();
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    followUps.add(open(joining, "f1", "c1", T0));
    followUps.add(open(joining, "f2", "c2", T0.plusSeconds(1)));
    followUps.add(open(ANNA, "f3", "c3", T0.plusSeconds(2)));
    followUps.add(open(BORIS, "f4", "c4", T0));
    // when
    int moved = followUps.moveOwner(joining, ANNA);
    int again = followUps.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    Instant later = T0.plusSeconds(60);
    assertThat(ids(followUps.openDueBefore(ANNA, later))).containsExactly("f1", "f2", "f3");
    assertThat(followUps.find(ANNA, "f1")).contains(open(ANNA, "f1", "c1", T0));
    assertThat(followUps.openDueBefore(joining, later)).isEmpty();
    assertThat(ids(followUps.openDueBefore(BORIS, later))).containsExactly("f4");
  }
}
