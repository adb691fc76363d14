package followthrough.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway.Delivery;
import followthrough.core.testkit.FakeChatGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformGatewaysTest {

  private final FakeChatGateway telegram = new FakeChatGateway();
  private final FakeChatGateway discord = new FakeChatGateway();
  private final PlatformGateways gateways =
      new PlatformGateways(
          List.of(
              new PlatformGateways.Route(Platform.TELEGRAM, telegram),
              new PlatformGateways.Route(Platform.DISCORD, discord)));

  @Test
  void sendsThroughTheGatewayOfTheAddressesPlatform() {
    // when
    Delivery delivery =
        gateways.send(new ConversationAddress(Platform.DISCORD, "42"), Outbound.text("hi"));

    // then
    assertThat(delivery).isEqualTo(Delivery.SENT);
    assertThat(discord.sent()).extracting(s -> s.address().chatId()).containsExactly("42");
    assertThat(telegram.sent()).isEmpty();
  }

  @Test
  void aMessageForAPlatformThatDoesNotRunFailsForNow() {
    // when
    Delivery delivery =
        gateways.send(new ConversationAddress(Platform.CONSOLE, "ann"), Outbound.text("hi"));

    // then
    assertThat(delivery).isEqualTo(Delivery.FAILED);
    assertThat(telegram.sent()).isEmpty();
    assertThat(discord.sent()).isEmpty();
  }

  @Test
  void refusesTwoGatewaysForOnePlatform() {
    assertThatThrownBy(
            () ->
                new PlatformGateways(
                    List.of(
                        new PlatformGateways.Route(Platform.TELEGRAM, telegram),
                        new PlatformGateways.Route(Platform.TELEGRAM, discord))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
