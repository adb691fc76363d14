package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryEvents;
import followthrough.core.ports.ChatGateway.Delivery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user who had blocked the bot writes again: their stopped chains of nudges start again. */
class NudgeChainsTest {

  private final Scene scene = new Scene();
  private final InMemoryChecklists checklists = new InMemoryChecklists();
  private final NudgeChains chains =
      new NudgeChains(
          scene.followUps,
          scene.meetings,
          checklists,
          new InMemoryEvents(),
          scene.planner,
          scene.queue,
          scene.clock);

  @BeforeEach
  void annaBlockedTheBotOnMondayAndMissedTuesday() {
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.meeting(ANNA, "m1", "2026-03-06T15:00:00Z");
    scene.gateway.answer("1001", Delivery.UNREACHABLE);
    scene.tickAt("2026-03-02T10:00:00Z");
    scene.tickAt("2026-03-03T08:00:00Z"); // Tuesday's carry-over and agenda are given up unsent
  }

  private void annaWritesAgain() {
    UserProfile profile = scene.profiles.find(ANNA).orElseThrow();
    scene.profiles.save(profile.withAddress(new ChatAddress("telegram", "1001")));
    scene.gateway.answer("1001", Delivery.SENT);
  }

  @Test
  void plansTheCarryOverAndTheAgendaAgainAndKeepsTheMeetingReminders() {
    // given: the chains stopped with Monday's given-up nudge
    scene.at("2026-03-04T12:00:00Z");
    annaWritesAgain();
    List<Nudge.Kind> stopped = kinds();
    // when
    chains.accept(ANNA);
    List<Nudge.Kind> restarted = kinds();
    scene.tickAt("2026-03-05T08:00:00Z");
    // then: Thursday morning's agenda and carry-over go out; Friday's meeting keeps its reminders
    assertThat(stopped).doesNotContain(Nudge.Kind.FOLLOW_UP_OVERDUE, Nudge.Kind.AGENDA);
    assertThat(restarted)
        .contains(
            Nudge.Kind.FOLLOW_UP_OVERDUE,
            Nudge.Kind.AGENDA,
            Nudge.Kind.MEETING_DAY_BEFORE,
            Nudge.Kind.MEETING_SOON);
    assertThat(scene.gateway.sent()).isNotEmpty();
    assertThat(kinds()).contains(Nudge.Kind.MEETING_DAY_BEFORE, Nudge.Kind.MEETING_SOON);
  }

  @Test
  void plansTheStallNudgeOfAnOpenChecklistAgain() {
    // given: a checklist started on Monday, nothing ticked since
    scene.at("2026-03-04T12:00:00Z");
    annaWritesAgain();
    checklists.add(
        Checklist.start(
            "k1",
            ANNA,
            "c-f1",
            BuiltInTemplates.find(BuiltInTemplates.PARTNER).orElseThrow(),
            Instant.parse("2026-03-02T09:00:00Z")));
    // when
    chains.accept(ANNA);
    // then
    assertThat(kinds()).contains(Nudge.Kind.CHECKLIST_STALLED);
  }

  @Test
  void planningAgainTwiceSchedulesNothingTwice() {
    // given
    scene.at("2026-03-04T12:00:00Z");
    annaWritesAgain();
    // when
    chains.accept(ANNA);
    int once = scene.queue.pending(ANNA).size();
    chains.accept(ANNA);
    // then
    assertThat(scene.queue.pending(ANNA)).hasSize(once);
  }

  private List<Nudge.Kind> kinds() {
    return scene.queue.pending(ANNA).stream().map(Nudge::kind).toList();
  }
}
