package followthrough.telegram;

import static followthrough.telegram.TelegramSenderTest.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway.Delivery;
import followthrough.core.testkit.MutableClock;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramChatGatewayTest {

  private final TelegramClient client = mock(TelegramClient.class);
  private final MutableClock clock = MutableClock.atMondayMorning();
  private final Sleeper sleeper = clock::advance;
  private final TelegramChatGateway gateway =
      new TelegramChatGateway(
          new TelegramSender(
              client,
              new OutboundLimiter(OutboundLimiter.Limits.telegram(), clock, sleeper),
              sleeper,
              TelegramSender.Retries.defaults()));
  private final ConversationAddress anna = new ConversationAddress(Platform.TELEGRAM, "1001");
  private final Outbound nudge =
      new Outbound(
          "Call Oleg today", List.of(List.of(new Outbound.Button("Done", "/nudge d f1 x"))), "55");

  @Test
  void sendsANudgeAsANewMessageWithItsButtons() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenReturn(new Message());

    // when
    Delivery delivery = gateway.send(anna, nudge);

    // then
    assertThat(delivery).isEqualTo(Delivery.SENT);
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client).execute(sent.capture());
    assertThat(sent.getValue().getChatId()).isEqualTo("1001");
    assertThat(sent.getValue().getReplyMarkup()).isNotNull();
  }

  @Test
  void aRateLimitComesBackAsTheWaitTelegramAskedForWithoutSendingAgain() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(error(429, "Too Many Requests", 5));

    // when
    Delivery delivery = gateway.send(anna, nudge);

    // then
    assertThat(delivery).isEqualTo(Delivery.retryAfter(Duration.ofSeconds(5)));
    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void aBlockedChatIsUnreachable() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(error(403, "Forbidden", null));

    // then
    assertThat(gateway.send(anna, nudge)).isEqualTo(Delivery.UNREACHABLE);
  }

  @Test
  void aTimeoutIsAFailureForNowAndIsNotRepeatedHere() throws Exception {
    // given
    when(client.execute(any(SendMessage.class)))
        .thenThrow(new TelegramApiException("Unable to execute", new SocketTimeoutException()));

    // when
    Delivery delivery = gateway.send(anna, nudge);

    // then
    assertThat(delivery).isEqualTo(Delivery.FAILED);
    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void anAddressThatIsNoTelegramChatFailsWithoutACall() throws Exception {
    // when
    Delivery other = gateway.send(new ConversationAddress(Platform.DISCORD, "1001"), nudge);
    Delivery garbled = gateway.send(new ConversationAddress(Platform.TELEGRAM, "anna"), nudge);

    // then
    assertThat(other).isEqualTo(Delivery.FAILED);
    assertThat(garbled).isEqualTo(Delivery.FAILED);
    verify(client, never()).execute(any(SendMessage.class));
  }
}
