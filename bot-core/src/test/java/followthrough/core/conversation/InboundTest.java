package followthrough.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class InboundTest {

  @Test
  void readsACommandWithArgumentsAndABotSuffix() {
    Inbound in = Inbound.typed(Fixtures.key("1"), "en", "/Contact@FollowthroughBot  Anna  Maria ");
    assertThat(in.input()).isEqualTo(new Input.Command("contact", "Anna  Maria"));
  }

  @Test
  void readsASlashFollowedByNoLetterAsText() {
    assertThat(Inbound.typed(Fixtures.key("1"), "en", "/ 5").input())
        .isEqualTo(new Input.Text("/ 5"));
    assertThat(Inbound.typed(Fixtures.key("1"), "en", "/").input()).isEqualTo(new Input.Text("/"));
  }
}
