package followthrough.core.dialogs.nudge;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Choice;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NudgeActionsDialogTest {

  private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c -> List.of(new NudgeActionsDialog(c.followUps, c.meetings, c.contacts, c.ids)));

  @BeforeEach
  void anna() {
    chat.contacts.add(Fixtures.contact(ANNA, "c1", "Anna"));
  }

  private FollowUp followUp(Instant due) {
    FollowUp f =
        FollowUp.open(
            "f1",
            ANNA,
            "c1",
            FollowUp.Kind.CHECK_IN,
            FollowUp.Channel.PHONE,
            due,
            null,
            MONDAY_NINE);
    chat.followUps.add(f);
    return f;
  }

  private static String button(String action, String id, Instant at) {
    return "/nudge " + action + " " + id + " " + NudgeButtons.version(at);
  }

  private FollowUp stored() {
    return chat.followUps.find(ANNA, "f1").orElseThrow();
  }

  @Test
  void marksAFollowUpDoneAndEditsTheReminder() {
    // given
    followUp(MONDAY_NINE);
    // when
    chat.press(button("done", "f1", MONDAY_NINE));
    // then
    assertThat(chat.keys()).containsExactly("nudge.followUp.done");
    assertThat(chat.replies().get(0).editMessageRef()).isEqualTo("m1");
    assertThat(stored().status()).isEqualTo(FollowUp.Status.DONE);
    assertThat(chat.step()).isNull();
  }

  @Test
  void carriesANotReachedFollowUpOverToTomorrowAtTheSameTime() {
    // given
    followUp(MONDAY_NINE);
    chat.clock.set(Instant.parse("2026-03-02T17:00:00Z"));
    // when
    chat.press(button("miss", "f1", MONDAY_NINE));
    // then
    assertThat(chat.keys()).containsExactly("nudge.followUp.carried");
    assertThat(stored().dueAt()).isEqualTo("2026-03-03T09:00:00Z");
    assertThat(stored().carriedOver()).isEqualTo(1);
    assertThat(stored().isOpen()).isTrue();
  }

  @Test
  void carriesOverOnceWhenNotReachedIsTappedTwice() {
    // given
    followUp(MONDAY_NINE);
    // when
    chat.press(button("miss", "f1", MONDAY_NINE));
    chat.press(button("miss", "f1", MONDAY_NINE));
    // then
    assertThat(stored().carriedOver()).isEqualTo(1);
    assertThat(chat.keys()).containsExactly("nudge.stale", "nudge.line.followUp");
    assertThat(chat.buttons()).contains(button("done", "f1", stored().dueAt()));
  }

  @Test
  void snoozesAFollowUpForAnHour() {
    // given
    followUp(MONDAY_NINE);
    // when
    chat.press(button("hour", "f1", MONDAY_NINE));
    // then
    assertThat(chat.keys()).containsExactly("nudge.followUp.snoozed");
    assertThat(stored().dueAt()).isEqualTo("2026-03-02T10:00:00Z");
  }

  @Test
  void snoozesAFollowUpUntilTomorrowAtTheSameLocalTime() {
    // given: 10:00 in Berlin
    chat.send("/help").zone(ZoneId.of("Europe/Berlin"));
    followUp(MONDAY_NINE);
    // when
    chat.press(button("tmrw", "f1", MONDAY_NINE));
    // then
    assertThat(stored().dueAt()).isEqualTo("2026-03-03T09:00:00Z");
    assertThat(stored().carriedOver()).isZero();
  }

  @Test
  void reschedulesAFollowUpToTheDayChosenAtTheSameTime() {
    // given
    followUp(MONDAY_NINE);
    // when
    chat.press(button("move", "f1", MONDAY_NINE));
    List<String> question = chat.keys();
    String step = chat.step();
    chat.press("when:3d");
    // then
    assertThat(question).containsExactly("nudge.ask.when", "when.hint");
    assertThat(step).isEqualTo("WHEN");
    assertThat(chat.keys()).containsExactly("nudge.followUp.moved");
    assertThat(stored().dueAt()).isEqualTo("2026-03-05T09:00:00Z");
    assertThat(chat.step()).isNull();
  }

  @Test
  void reschedulesAFollowUpToATypedDayAndTime() {
    // given
    followUp(MONDAY_NINE);
    chat.press(button("move", "f1", MONDAY_NINE));
    // when
    chat.send("2026-03-10 16:30");
    // then
    assertThat(stored().dueAt()).isEqualTo("2026-03-10T16:30:00Z");
  }

  @Test
  void asksAgainWhenTheAnswerIsNoDate() {
    // given
    followUp(MONDAY_NINE);
    chat.press(button("move", "f1", MONDAY_NINE));
    // when
    chat.send("whenever");
    // then
    assertThat(chat.keys())
        .containsExactly("when.askBack.UNREADABLE", "nudge.ask.when", "when.hint");
    assertThat(chat.step()).isEqualTo("WHEN");
    assertThat(stored().dueAt()).isEqualTo(MONDAY_NINE);
  }

  @Test
  void cancellingTheQuestionLeavesTheFollowUpAsItWas() {
    // given
    followUp(MONDAY_NINE);
    chat.press(button("move", "f1", MONDAY_NINE));
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(stored().dueAt()).isEqualTo(MONDAY_NINE);
  }

  @Test
  void saysSoWhenTheFollowUpIsAlreadyDone() {
    // given
    FollowUp f = followUp(MONDAY_NINE);
    chat.followUps.update(f.done());
    // when
    chat.press(button("hour", "f1", MONDAY_NINE));
    // then
    assertThat(chat.keys()).containsExactly("nudge.followUp.closed");
    assertThat(stored().dueAt()).isEqualTo(MONDAY_NINE);
  }

  @Test
  void saysSoWhenTheFollowUpIsGone() {
    // when
    chat.press(button("done", "f9", MONDAY_NINE));
    // then
    assertThat(chat.keys()).containsExactly("nudge.gone");
  }

  @Test
  void explainsItselfWhenTypedByHand() {
    // when
    chat.send("/nudge");
    // then
    assertThat(chat.keys()).containsExactly("nudge.usage");
  }

  @Test
  void everyButtonFitsTelegramsSixtyFourBytes() {
    // given: the longest ids an IdGenerator makes
    String id = "x".repeat(32);
    Instant far = Instant.parse("2999-12-31T23:59:00Z");
    FollowUp f =
        FollowUp.open(id, ANNA, "c1", FollowUp.Kind.CHECK_IN, null, far, null, MONDAY_NINE);
    Meeting m = Meeting.planned(id, ANNA, "c1", far, null, MONDAY_NINE);
    // when
    List<Choice> all =
        java.util.stream.Stream.concat(
                NudgeButtons.forFollowUp(f).stream(), NudgeButtons.forMeeting(m).stream())
            .flatMap(List::stream)
            .toList();
    // then
    assertThat(all)
        .allMatch(c -> c.value().getBytes(StandardCharsets.UTF_8).length <= Choice.MAX_VALUE_BYTES);
    assertThat(NudgeButtons.again(m).value().getBytes(StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(64);
  }
}
