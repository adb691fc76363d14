package followthrough.core.dialogs.nudge;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The buttons in German and Russian, with real prose. */
class NudgeActionsGermanTest {

  private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat =
      ChatScript.of(
          new BundleMessages(),
          c -> List.of(new NudgeActionsDialog(c.followUps, c.meetings, c.contacts, c.ids)));

  @BeforeEach
  void anna() {
    chat.contacts.add(Fixtures.contact(ANNA, "c1", "Anna"));
    chat.followUps.add(
        FollowUp.open(
            "f1", ANNA, "c1", FollowUp.Kind.CHECK_IN, null, MONDAY_NINE, null, MONDAY_NINE));
    chat.language("de").send("/help").zone(ZoneId.of("Europe/Berlin"));
  }

  private static String button(String action, Instant at) {
    return "/nudge " + action + " f1 " + NudgeButtons.version(at);
  }

  @Test
  void saysWhatWasDoneInGerman() {
    // when
    chat.press(button("done", MONDAY_NINE));
    // then
    assertThat(chat.replies())
        .extracting(r -> r.text())
        .containsExactly("Erledigt: Anna. Gut gemacht!");
  }

  @Test
  void carriesOverInGermanAndShowsTheNewLocalTime() {
    // when
    chat.press(button("miss", MONDAY_NINE));
    // then
    assertThat(chat.replies().get(0).text())
        .isEqualTo(
            "Diesmal nicht erreicht, das passiert. Anna steht am 03.03.2026, 10:00 wieder auf deiner Liste.");
  }

  @Test
  void asksWhenInGermanAndAsksAgainOnAWrongAnswer() {
    // given
    chat.press(button("move", MONDAY_NINE));
    // when
    chat.send("irgendwann");
    // then
    assertThat(chat.replies().get(0).text())
        .startsWith("Das kann ich nicht als Datum lesen.")
        .contains("Anna: wann stattdessen?");
    assertThat(chat.step()).isEqualTo("WHEN");
  }

  @Test
  void recordsANoShowInRussianWithoutBlame() {
    // given
    chat.language("ru");
    chat.meetings.add(
        Meeting.planned(
            "m1", ANNA, "c1", Instant.parse("2026-03-02T08:00:00Z"), null, MONDAY_NINE));
    // when
    chat.press("/nudge noshow m1 " + NudgeButtons.version(Instant.parse("2026-03-02T08:00:00Z")));
    // then
    assertThat(chat.replies().get(0).text())
        .isEqualTo("Записал: Anna не пришёл(-ла). Так бывает у всех. Запланировать новую встречу?");
    assertThat(chat.replies().get(0).rows().get(0).get(0).label()).isEqualTo("Новая встреча");
  }
}
