package followthrough.console;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Outbound;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {

  private final ConsoleRenderer renderer = new ConsoleRenderer();

  private static Outbound withButtons(String text, List<List<Outbound.Button>> rows) {
    return new Outbound(text, rows, null);
  }

  private static Outbound.Button button(String label, String value) {
    return new Outbound.Button(label, value);
  }

  private Outbound saveOrRestart() {
    return withButtons(
        "Save this contact?",
        List.of(
            List.of(button("Save", "save"), button("Start over", "restart")),
            List.of(button("Cancel", "/cancel"))));
  }

  @Test
  void rendersAPlainMessageAsItsText() {
    // given
    Outbound message = Outbound.text("Saved Anna.\n\nWell done.");
    // when
    String text = renderer.render(message);
    // then
    assertThat(text).isEqualTo("Saved Anna.\n\nWell done.");
  }

  @Test
  void numbersTheButtonsOnAcrossRows() {
    // given
    Outbound message = saveOrRestart();
    // when
    String text = renderer.render(message);
    // then
    assertThat(text).isEqualTo("Save this contact?\n  [1] Save   [2] Start over\n  [3] Cancel");
  }

  @Test
  void marksAnEditAsUpdated() {
    // given
    Outbound edit = new Outbound("Saved Anna.", List.of(), "m3");
    // when
    String text = renderer.render(edit);
    // then
    assertThat(text).isEqualTo("(updated) Saved Anna.");
  }

  @Test
  void pressesTheButtonOfANumberWithTheMessageId() {
    // given
    renderer.render(Outbound.text("Hello"));
    renderer.render(saveOrRestart());
    // when
    var press = renderer.press(" 3 ");
    // then
    assertThat(press).contains(new ConsoleRenderer.Press("/cancel", "m2"));
  }

  @Test
  void pressesTheButtonWhoseLabelMatchesIgnoringCase() {
    // given
    renderer.render(saveOrRestart());
    // when
    var press = renderer.press("  start OVER ");
    // then
    assertThat(press).contains(new ConsoleRenderer.Press("restart", "m1"));
  }

  @Test
  void pressesNothingForANumberWithoutAButton() {
    // given
    renderer.render(saveOrRestart());
    // when
    var press = renderer.press("4");
    // then
    assertThat(press).isEmpty();
    assertThat(renderer.press("0")).isEmpty();
    assertThat(renderer.press("123456789012")).isEmpty();
  }

  @Test
  void pressesNothingForOtherText() {
    // given
    renderer.render(saveOrRestart());
    // when
    var press = renderer.press("Save it");
    // then
    assertThat(press).isEmpty();
  }

  @Test
  void keepsTheButtonsOfTheLastMessageThatHadAny() {
    // given
    renderer.render(saveOrRestart());
    renderer.render(Outbound.text("A message without buttons"));
    // when
    var press = renderer.press("1");
    // then
    assertThat(press).contains(new ConsoleRenderer.Press("save", "m1"));
  }

  @Test
  void numbersTheButtonsOfSeveralMessagesOfOneAnswerOneAfterAnother() {
    // given
    renderer.render(saveOrRestart());
    String second =
        renderer.render(withButtons("Where?", List.of(List.of(button("Work", "src:WORK")))));
    // when
    var press = renderer.press("4");
    // then
    assertThat(second).contains("[4] Work");
    assertThat(press).contains(new ConsoleRenderer.Press("src:WORK", "m2"));
    assertThat(renderer.press("1")).contains(new ConsoleRenderer.Press("save", "m1"));
  }

  @Test
  void startsTheNumbersAgainAfterForgetting() {
    // given
    renderer.render(saveOrRestart());
    renderer.forgetButtons();
    // when
    String next =
        renderer.render(withButtons("Where?", List.of(List.of(button("Work", "src:WORK")))));
    // then
    assertThat(next).contains("[1] Work");
    assertThat(renderer.press("1")).contains(new ConsoleRenderer.Press("src:WORK", "m2"));
    assertThat(renderer.press("Save")).isEmpty();
  }

  @Test
  void keepsTheIdOfTheEditedMessage() {
    // given
    renderer.render(saveOrRestart());
    Outbound edit =
        new Outbound("Saved.", List.of(List.of(button("Log another", "/contact"))), "m1");
    renderer.forgetButtons();
    renderer.render(edit);
    // when
    var press = renderer.press("1");
    // then
    assertThat(press).contains(new ConsoleRenderer.Press("/contact", "m1"));
  }

  @Test
  void forgetsTheButtonsWhenAsked() {
    // given
    renderer.render(saveOrRestart());
    // when
    renderer.forgetButtons();
    // then
    assertThat(renderer.press("1")).isEmpty();
  }
}
