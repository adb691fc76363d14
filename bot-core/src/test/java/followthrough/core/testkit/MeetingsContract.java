package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.Meeting.Status;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Meetings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Meetings} store does; extended by the memory and MongoDB tests. Instants are
 * kept to the millisecond, bounds are compared exactly; meetings at the same instant come in id
 * order (descending when newest come first).
 */
public abstract class MeetingsContract {

  private static final String NASTY =
      "Café «$set.place» {\"$gt\": 1} <a href='x'>\"Zoom\"</a> 🙂 שלום\nline.two";

  protected Meetings meetings;

  /** A new, empty store. */
  protected abstract Meetings newStore();

  @BeforeEach
  void createStore() {
    meetings = newStore();
  }

  private static Meeting planned(UserId owner, String id, String contactId, Instant at) {
    return Meeting.planned(id, owner, contactId, at, null, T0);
  }

  private static List<String> ids(List<Meeting> found) {
    return found.stream().map(Meeting::id).toList();
  }

  @Test
  void findsAnAddedMeetingWithEveryField() {
    // given
    Meeting full =
        new Meeting("m1", ANNA, "c1", T0.plusMillis(250), NASTY, Status.NO_SHOW, T0.minusMillis(5));
    // when
    boolean added = meetings.add(full);
    // then
    assertThat(added).isTrue();
    assertThat(meetings.find(ANNA, "m1")).contains(full);
  }

  @Test
  void keepsAnEmptyPlaceInEveryStatus() {
    // given
    List<Meeting> all =
        List.of(Status.values()).stream()
            .map(s -> planned(ANNA, s.name(), "c1", T0).withStatus(s))
            .toList();
    // when
    all.forEach(meetings::add);
    // then
    all.forEach(m -> assertThat(meetings.find(ANNA, m.id())).contains(m));
  }

  @Test
  void addingTheSameIdTwiceKeepsTheFirstMeeting() {
    // given
    Meeting first = planned(ANNA, "m1", "c1", T0);
    meetings.add(first);
    // when
    boolean again = meetings.add(first.withStatus(Status.KEPT));
    boolean othersAgain = meetings.add(planned(BORIS, "m1", "c1", T0));
    // then
    assertThat(again).isFalse();
    assertThat(othersAgain).isFalse();
    assertThat(meetings.find(ANNA, "m1")).contains(first);
    assertThat(meetings.find(BORIS, "m1")).isEmpty();
  }

  @Test
  void updateReplacesTheStoredMeeting() {
    // given
    Meeting first = planned(ANNA, "m1", "c1", T0);
    meetings.add(first);
    Meeting changed = first.withStatus(Status.NO_SHOW).rescheduled(T0.plus(Duration.ofDays(2)));
    // when
    boolean updated = meetings.update(changed);
    // then
    assertThat(updated).isTrue();
    assertThat(meetings.find(ANNA, "m1")).contains(changed);
  }

  @Test
  void updateChangesNothingUnlessTheOwnerHasThatMeeting() {
    // given
    Meeting boriss = planned(BORIS, "b1", "c1", T0);
    meetings.add(boriss);
    // when
    boolean othersUpdated = meetings.update(planned(ANNA, "b1", "c1", T0).withStatus(Status.KEPT));
    boolean unknownUpdated = meetings.update(planned(ANNA, "m1", "c1", T0));
    // then
    assertThat(othersUpdated).isFalse();
    assertThat(unknownUpdated).isFalse();
    assertThat(meetings.find(BORIS, "b1")).contains(boriss);
    assertThat(meetings.find(ANNA, "b1")).isEmpty();
    assertThat(meetings.find(ANNA, "m1")).isEmpty();
  }

  @Test
  void neverReturnsAnotherOwnersMeetings() {
    // given
    meetings.add(planned(BORIS, "b1", "c1", T0));
    // when / then
    assertThat(meetings.find(ANNA, "b1")).isEmpty();
    assertThat(meetings.forContact(ANNA, "c1")).isEmpty();
    assertThat(meetings.between(ANNA, T0.minusSeconds(1), T0.plusSeconds(1))).isEmpty();
    assertThat(ids(meetings.forContact(BORIS, "c1"))).containsExactly("b1");
  }

  @Test
  void listsTheMeetingsWithOneContactInAnyStatusNewestFirst() {
    // given
    meetings.add(planned(ANNA, "m1", "c1", T0));
    meetings.add(
        planned(ANNA, "m2", "c1", T0.plus(Duration.ofDays(1))).withStatus(Status.CANCELLED));
    meetings.add(planned(ANNA, "m3", "c1", T0.minus(Duration.ofDays(1))).withStatus(Status.KEPT));
    meetings.add(planned(ANNA, "m4", "c1", T0).withStatus(Status.NO_SHOW));
    meetings.add(planned(ANNA, "m5", "c2", T0));
    // when
    List<Meeting> found = meetings.forContact(ANNA, "c1");
    // then
    assertThat(ids(found)).containsExactly("m2", "m4", "m1", "m3");
  }

  @Test
  void listsTheMeetingsFromAnInstantUntilBeforeAnotherEarliestFirst() {
    // given
    Instant until = T0.plus(Duration.ofDays(1));
    meetings.add(planned(ANNA, "m1", "c1", T0));
    meetings.add(planned(ANNA, "m2", "c1", until));
    meetings.add(planned(ANNA, "m3", "c1", T0.minusMillis(1)));
    meetings.add(planned(ANNA, "m4", "c1", T0.plus(Duration.ofHours(2))));
    meetings.add(planned(ANNA, "m5", "c2", T0.plus(Duration.ofHours(1))));
    meetings.add(planned(ANNA, "m6", "c3", until.minusMillis(1)).withStatus(Status.CANCELLED));
    meetings.add(planned(ANNA, "m7", "c3", T0.plus(Duration.ofHours(1))));
    // when
    List<Meeting> found = meetings.between(ANNA, T0, until);
    // then
    assertThat(ids(found)).containsExactly("m1", "m5", "m7", "m4", "m6");
  }

  @Test
  void comparesTheMeetingInstantWithSubMillisecondBoundsExactly() {
    // given
    meetings.add(planned(ANNA, "m1", "c1", T0));
    // when / then
    assertThat(meetings.between(ANNA, T0.plusNanos(1), T0.plusSeconds(1))).isEmpty();
    assertThat(ids(meetings.between(ANNA, T0.minusSeconds(1), T0.plusNanos(1))))
        .containsExactly("m1");
    assertThat(ids(meetings.between(ANNA, Instant.MIN, Instant.MAX))).containsExactly("m1");
  }

  @Test
  void deletesOnlyTheOwnersMeetingsWithThatContact() {
    // given
    meetings.add(planned(ANNA, "m1", "c1", T0));
    meetings.add(planned(ANNA, "m2", "c1", T0).withStatus(Status.KEPT));
    meetings.add(planned(ANNA, "m3", "c2", T0));
    meetings.add(planned(BORIS, "b1", "c1", T0));
    // when
    meetings.deleteFor(ANNA, "c1");
    // then
    assertThat(meetings.forContact(ANNA, "c1")).isEmpty();
    assertThat(meetings.find(ANNA, "m3")).isPresent();
    assertThat(meetings.find(BORIS, "b1")).isPresent();
  }

  @Test
  void movingTheOwnerGivesAllOfOneUsersItemsToAnotherAndKeepsEveryoneElses() {
    // given
    UserId joining = new UserId("discord:2001");
    meetings.add(planned(joining, "m1", "c1", T0));
    meetings.add(planned(joining, "m2", "c2", T0.plusSeconds(1)));
    meetings.add(planned(ANNA, "m3", "c3", T0.plusSeconds(2)));
    meetings.add(planned(BORIS, "m4", "c4", T0));
    // when
    int moved = meetings.moveOwner(joining, ANNA);
    int again = meetings.moveOwner(joining, ANNA);
    // then
    assertThat(moved).isEqualTo(2);
    assertThat(again).isZero();
    Instant later = T0.plusSeconds(60);
    assertThat(ids(meetings.between(ANNA, T0, later))).containsExactly("m1", "m2", "m3");
    assertThat(meetings.find(ANNA, "m1")).contains(planned(ANNA, "m1", "c1", T0));
    assertThat(meetings.between(joining, T0, later)).isEmpty();
    assertThat(ids(meetings.between(BORIS, T0, later))).containsExactly("m4");
  }
}
