package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.contact.Touch.Channel;
import followthrough.core.domain.contact.Touch.Reason;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Touches;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Touches} store does; extended by the memory and MongoDB tests. Instants are
 * kept to the millisecond; touches at the same instant come in descending id order.
 */
public abstract class TouchesContract {

  private static final String NASTY =
      "Ольга «$set.name» {\"$gt\": 1} <b>'x' & \"y\"</b> 🙂 שלום\nline.two";

  protected Touches touches;

  /** A new, empty store. */
  protected abstract Touches newStore();

  @BeforeEach
  void createStore() {
    touches = newStore();
  }

  private static Touch touch(UserId owner, String id, String contactId, Instant at) {
    return new Touch(id, owner, contactId, at, Channel.CALL, false, null, null, null, null, null);
  }

  private static List<String> ids(List<Touch> found) {
    return found.stream().map(Touch::id).toList();
  }

  @Test
  void findsAnAddedTouchWithEveryField() {
    // given
    Touch full =
        new Touch(
            "t1",
            ANNA,
            "c1",
            T0.plusMillis(123),
            Channel.IN_PERSON,
            true,
            false,
            Reason.OTHER,
            NASTY,
            true,
            NASTY);
    // when
    boolean added = touches.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(touches.forContact(ANNA, "c1")).containsExactly(full);
  }

  @Test
  void keepsOptionalFieldsEmpty() {
    // given
    Touch bare = touch(ANNA, "t1", "c1", T0);
    // when
    touches.add(bare);
    // then
    assertThat(touches.forContact(ANNA, "c1")).containsExactly(bare);
  }

  @Test
  void keepsEveryChannelReasonAndAnswer() {
    // given
    List<Touch> all = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      for (Reason reason : Reason.values()) {
        Instant at = T0.plusSeconds(all.size());
        boolean odd = all.size() % 2 == 1;
        all.add(
            new Touch(
                "t" + all.size(), ANNA, "c1", at, channel, odd, odd, reason, null, !odd, null));
      }
    }
    // when
    all.forEach(touches::add);
    // then
    assertThat(touches.forContact(ANNA, "c1")).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void addingTheSameIdTwiceKeepsTheFirstTouch() {
    // given
    Touch first = touch(ANNA, "t1", "c1", T0);
    touches.add(first);
    // when
    boolean again = touches.add(touch(ANNA, "t1", "c1", T0.plusSeconds(60)));
    // then
    assertThat(again).isFalse();
    assertThat(touches.forContact(ANNA, "c1")).containsExactly(first);
  }

  @Test
  void refusesAnotherOwnersTouchWithATakenId() {
    // given
    Touch annas = touch(ANNA, "t1", "c1", T0);
    touches.add(annas);
    // when
    boolean added = touches.add(touch(BORIS, "t1", "c1", T0.plusSeconds(60)));
    // then
    assertThat(added).isFalse();
    assertThat(touches.forContact(ANNA, "c1")).containsExactly(annas);
    assertThat(touches.forContact(BORIS, "c1")).isEmpty();
  }

  @Test
  void listsTheTouchesWithOneContactNewestFirst() {
    // given
    touches.add(touch(ANNA, "t1", "c1", T0));
    touches.add(touch(ANNA, "t2", "c1", T0.plus(Duration.ofHours(2))));
    touches.add(touch(ANNA, "t3", "c1", T0.plus(Duration.ofHours(1))));
    touches.add(touch(ANNA, "t4", "c1", T0.plus(Duration.ofHours(1))));
    touches.add(touch(ANNA, "t5", "c2", T0.plus(Duration.ofHours(3))));
    // when
    List<Touch> found = touches.forContact(ANNA, "c1");
    // then
    assertThat(ids(found)).containsExactly("t2", "t4", "t3", "t1");
  }

  @Test
  void neverReturnsAnotherOwnersTouches() {
    // given
    touches.add(touch(BORIS, "b1", "c1", T0));
    // when / then
    assertThat(touches.forContact(ANNA, "c1")).isEmpty();
    assertThat(ids(touches.forContact(BORIS, "c1"))).containsExactly("b1");
  }

  @Test
  void deletesOnlyTheOwnersTouchesWithThatContact() {
    // given
    touches.add(touch(ANNA, "t1", "c1", T0));
    touches.add(touch(ANNA, "t2", "c1", T0.plusSeconds(1)));
    touches.add(touch(ANNA, "t3", "c2", T0));
    touches.add(touch(BORIS, "b1", "c1", T0));
    // when
    touches.deleteFor(ANNA, "c1");
    touches.deleteFor(ANNA, "nobody");
    // then
    assertThat(touches.forContact(ANNA, "c1")).isEmpty();
    assertThat(ids(touches.forContact(ANNA, "c2"))).containsExactly("t3");
    assertThat(ids(touches.forContact(BORIS, "c1"))).containsExactly("b1");
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    touches.add(touch(joining, "t1", "c1", T0));
    touches.add(touch(joining, "t2", "c1", T0.plusSeconds(1)));
    touches.add(touch(ANNA, "t3", "c1", T0.plusSeconds(2)));
    touches.add(touch(BORIS, "t4", "c1", T0));
    // when
    int moved = touches.moveOwner(joining, ANNA);
    int again = touches.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ids(touches.forContact(ANNA, "c1"))).containsExactly("t3", "t2", "t1");
    assertThat(touches.forContact(ANNA, "c1")).contains(touch(ANNA, "t1", "c1", T0));
    assertThat(touches.forContact(joining, "c1")).isEmpty();
    assertThat(ids(touches.forContact(BORIS, "c1"))).containsExactly("t4");
  }
}
