package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryEvents;
import followthrough.core.testkit.FakeNudgeQueue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event reminders (the meetings' rules) and the checklist stall nudge. */
class NudgePlannerEventsTest {

  private final Scene scene = new Scene();
  private final NudgePlanner planner = scene.planner;

  private static GroupEvent event(String at, GroupEvent.Status status) {
    return new GroupEvent(
        "e1",
        ANNA,
        "Training",
        Instant.parse(at),
        null,
        null,
        null,
        status,
        List.of(),
        Instant.EPOCH);
  }

  private static Checklist checklist(String startedAt) {
    return Checklist.start(
        "k1",
        ANNA,
        "c1",
        BuiltInTemplates.find(BuiltInTemplates.PARTNER).orElseThrow(),
        Instant.parse(startedAt));
  }

  private static List<String> times(List<Nudge> nudges) {
    return nudges.stream().map(n -> n.kind() + "@" + n.dueAt()).toList();
  }

  @Test
  void remindsOfAnEventTheDayBeforeAndTwoHoursBeforeInTheUrgentLane() {
    // given
    scene.user(ANNA);
    // when
    List<Nudge> nudges = planner.forEvent(event("2026-03-04T18:00:00Z", GroupEvent.Status.PLANNED));
    // then
    assertThat(times(nudges))
        .containsExactly(
            "EVENT_DAY_BEFORE@2026-03-03T18:00:00Z", "EVENT_SOON@2026-03-04T16:00:00Z");
    assertThat(nudges).allMatch(n -> n.kind().lane() == Nudge.Lane.URGENT);
    assertThat(nudges).allMatch(n -> n.subjectId().equals("e1"));
  }

  @Test
  void remindsOfNothingForAHeldOrCancelledEvent() {
    // given
    scene.user(ANNA);
    // when / then
    assertThat(planner.forEvent(event("2026-03-04T18:00:00Z", GroupEvent.Status.HELD))).isEmpty();
    assertThat(planner.forEvent(event("2026-03-04T18:00:00Z", GroupEvent.Status.CANCELLED)))
        .isEmpty();
  }

  @Test
  void nudgesAStillChecklistOnTheMorningTheUsersDaysLater() {
    // given
    UserProfile anna = scene.user(ANNA);
    scene.profiles.save(anna.withPreferences(anna.preferences().withChecklistStallDays(5)));
    // when
    List<Nudge> nudges = planner.forChecklist(checklist("2026-03-02T09:00:00Z")).stream().toList();
    // then
    assertThat(times(nudges)).containsExactly("CHECKLIST_STALLED@2026-03-07T08:00:00Z");
    assertThat(nudges.get(0).kind().lane()).isEqualTo(Nudge.Lane.BULK);
  }

  @Test
  void nudgesAgainTheSameDaysAfterTheLastNudgeAndNeverOnceComplete() {
    // given
    scene.user(ANNA);
    Checklist checklist = checklist("2026-03-02T09:00:00Z");
    Checklist done = checklist;
    for (int i = 0; i < checklist.items().size(); i++) {
      done = done.toggled(i, Instant.parse("2026-03-02T10:00:00Z")).orElseThrow();
    }
    // when / then
    assertThat(times(planner.nextStall(checklist, LocalDate.parse("2026-03-05")).stream().toList()))
        .containsExactly("CHECKLIST_STALLED@2026-03-08T08:00:00Z");
    assertThat(planner.forChecklist(done)).isEmpty();
  }

  @Test
  void planningStoresCancelTheNudgesOfHeldEventsAndCompleteChecklists() {
    // given
    scene.user(ANNA);
    FakeNudgeQueue queue = new FakeNudgeQueue();
    PlanningEvents events = new PlanningEvents(new InMemoryEvents(), planner, queue);
    PlanningChecklists checklists =
        new PlanningChecklists(new InMemoryChecklists(), planner, queue);
    GroupEvent event = event("2026-03-04T18:00:00Z", GroupEvent.Status.PLANNED);
    Checklist checklist = checklist("2026-03-02T09:00:00Z");
    events.add(event);
    checklists.add(checklist);
    assertThat(queue.pending(ANNA)).hasSize(3);
    // when
    events.update(event.held());
    Checklist done = checklist;
    for (int i = 0; i < checklist.items().size(); i++) {
      done = done.toggled(i, Instant.parse("2026-03-02T10:00:00Z")).orElseThrow();
    }
    checklists.update(done);
    // then
    assertThat(queue.pending(ANNA)).isEmpty();
  }
}
