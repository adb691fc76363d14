package followthrough.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundTest {

  private static final List<List<Outbound.Button>> BUTTONS =
      List.of(List.of(new Outbound.Button("Done", "/nudge done f1")));

  @Test
  void keepsAMessageThatFitsAsItIs() {
    // given
    Outbound message = new Outbound("Call Anna today", BUTTONS, "m1");
    // when / then
    assertThat(message.inParts(100)).containsExactly(message);
  }

  @Test
  void splitsALongMessageOnLinesWithTheEditFirstAndTheButtonsAndPictureLast() {
    // given: three lines of 40 characters, at most 90 per part
    String line = "x".repeat(40);
    Image chart = new Image("digest.png", new byte[] {1, 2, 3});
    Outbound message = new Outbound(line + "\n" + line + "\n" + line, BUTTONS, "m1", chart);
    // when
    List<Outbound> parts = message.inParts(90);
    // then
    assertThat(parts).extracting(Outbound::text).containsExactly(line + "\n" + line, line);
    assertThat(parts.get(0).editMessageRef()).isEqualTo("m1");
    assertThat(parts.get(0).rows()).isEmpty();
    assertThat(parts.get(0).image()).isNull();
    assertThat(parts.get(1).editMessageRef()).isNull();
    assertThat(parts.get(1).rows()).isEqualTo(BUTTONS);
    assertThat(parts.get(1).image()).isEqualTo(chart);
  }

  @Test
  void neverSplitsInsideAnEmoji() {
    // given
    Outbound message = Outbound.text("a".repeat(9) + "😀" + "b");
    // when
    List<Outbound> parts = message.inParts(10);
    // then
    assertThat(parts).extracting(Outbound::text).containsExactly("a".repeat(9), "😀b");
  }
}
