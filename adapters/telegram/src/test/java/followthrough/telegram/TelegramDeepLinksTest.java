package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.conversation.Platform;
import org.junit.jupiter.api.Test;

class TelegramDeepLinksTest {

  private final TelegramDeepLinks links = new TelegramDeepLinks("FollowthroughBot");

  @Test
  void linksIntoThePrivateChatWithTheStartPayload() {
    assertThat(links.privateChat(Platform.TELEGRAM, "team_Ab3-x"))
        .contains("https://t.me/FollowthroughBot?start=team_Ab3-x");
    assertThat(links.chat()).isEqualTo("https://t.me/FollowthroughBot");
  }

  @Test
  void givesNoLinkForOtherPlatforms() {
    assertThat(links.privateChat(Platform.DISCORD, "abc")).isEmpty();
  }

  @Test
  void refusesAPayloadTelegramWouldNotCarry() {
    assertThatThrownBy(() -> links.privateChat(Platform.TELEGRAM, "a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> links.privateChat(Platform.TELEGRAM, "x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
