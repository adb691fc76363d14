package followthrough.console;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway.Delivery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChatGatewayTest {

  private final StringWriter written = new StringWriter();
  private final ConsoleRenderer renderer = new ConsoleRenderer();
  private final ConsoleChatGateway gateway =
      new ConsoleChatGateway(new PrintWriter(written), renderer);
  private final ConversationAddress anna = new ConversationAddress(Platform.CONSOLE, "Anna");

  @Test
  void printsANudgeMarkedAsUnprompted() {
    // given
    Outbound nudge =
        new Outbound(
            "Time to call Clara.", List.of(List.of(new Outbound.Button("Done", "done"))), null);
    // when
    Delivery delivery = gateway.send(anna, nudge);
    // then
    assertThat(delivery).isEqualTo(Delivery.SENT);
    assertThat(written.toString())
        .isEqualTo("\n-- nudge for Anna --\nbot: Time to call Clara.\n       [1] Done\n");
  }

  @Test
  void letsTheChatPressTheButtonsOfANudge() {
    // given
    Outbound nudge =
        new Outbound("Call Clara?", List.of(List.of(new Outbound.Button("Done", "done"))), null);
    // when
    gateway.send(anna, nudge);
    // then
    assertThat(renderer.press("done")).contains(new ConsoleRenderer.Press("done", "m1"));
  }

  @Test
  void reportsAFailedWriteAsFailed() {
    // given
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("terminal gone");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("terminal gone");
          }

          @Override
          public void close() {}
        };
    ConsoleChatGateway failing = new ConsoleChatGateway(new PrintWriter(broken), renderer);
    // when
    Delivery delivery = failing.send(anna, Outbound.text("Time to call Clara."));
    // then
    assertThat(delivery).isEqualTo(Delivery.FAILED);
  }

  @Test
  void cannotReachAChatOnAnotherPlatform() {
    // given
    ConversationAddress telegram = new ConversationAddress(Platform.TELEGRAM, "1001");
    // when
    Delivery delivery = gateway.send(telegram, Outbound.text("Time to call Clara."));
    // then
    assertThat(delivery).isEqualTo(Delivery.UNREACHABLE);
    assertThat(written.toString()).isEmpty();
  }
}
