package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.UserId;
import followthrough.core.memory.InMemoryTeamChannels;
import followthrough.core.ports.ChatGateway;
import java.time.Duration;
import java.time.Instant;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;

class DiscordChatGatewayTest {

  @Test
  void reportsATeamChannelThatIsGoneAsUnreachable() {
    // given a saved team channel the bot no longer sees
    InMemoryTeamChannels channels = new InMemoryTeamChannels();
    channels.save(
        new TeamChannel(
            "10", "700", UserId.of("discord", "42"), Instant.parse("2026-03-02T09:00:00Z")));
    DiscordChatGateway gateway =
        new DiscordChatGateway(mock(JDA.class), channels, new ClosedDms(), Duration.ofSeconds(1));
    // when
    ChatGateway.Delivery delivery =
        gateway.send(new ConversationAddress(Platform.DISCORD, "700"), Outbound.text("Digest"));
    // then
    assertThat(delivery).isEqualTo(ChatGateway.Delivery.UNREACHABLE);
  }

  @Test
  void reportsAFailureInsteadOfThrowing() {
    // given a JDA that answers nothing useful (the mock's open DM action is null)
    DiscordChatGateway gateway =
        new DiscordChatGateway(
            mock(JDA.class), new InMemoryTeamChannels(), new ClosedDms(), Duration.ofSeconds(1));
    // when
    ChatGateway.Delivery delivery =
        gateway.send(new ConversationAddress(Platform.DISCORD, "42"), Outbound.text("Call Anna"));
    // then
    assertThat(delivery).isEqualTo(ChatGateway.Delivery.FAILED);
  }
}
