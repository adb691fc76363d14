package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import followthrough.core.testkit.MutableClock;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramSenderTest {

  private final TelegramClient client = mock(TelegramClient.class);
  private final MutableClock clock = MutableClock.atMondayMorning();
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper =
      duration -> {
        waits.add(duration);
        clock.advance(duration);
      };
  private final TelegramSender sender =
      new TelegramSender(
          client,
          new OutboundLimiter(OutboundLimiter.Limits.telegram(), clock, sleeper),
          sleeper,
          new TelegramSender.Retries(4, Duration.ofSeconds(1), Duration.ofMinutes(2)));
  private final SendMessage hello = SendMessage.builder().chatId(1001L).text("hello").build();

  static TelegramApiRequestException error(int code, String description, Integer retryAfter) {
    ApiResponse<Object> response =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
            .build();
    return new TelegramApiRequestException("Error sending", response);
  }

  @Test
  void aReplyWaitsOutATooManyRequestsAnswerAndIsSentAgain() throws Exception {
    // given
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(429, "Too Many Requests: retry after 7", 7))
        .thenReturn(new Message());

    // when
    SendResult<?> result = sender.patiently(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.ok()).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    verify(client, times(2)).execute(any(SendMessage.class));
  }

  @Test
  void aReplyIsRetriedWithDoublingBackoffOnNetworkAndServerErrors() throws Exception {
    // given
    when(client.execute(any(SendMessage.class)))
        .thenThrow(new TelegramApiException("Unable to execute", new ConnectException()))
        .thenThrow(error(502, "Bad Gateway", null))
        .thenThrow(new TelegramApiRequestException("Unable to deserialize response"))
        .thenReturn(new Message());

    // when
    SendResult<?> result = sender.patiently(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.ok()).isTrue();
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void aReplyGivesUpAfterItsAttempts() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(error(500, "Internal", null));

    // when
    SendResult<?> result = sender.patiently(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.status()).isEqualTo(SendResult.Status.FAILED);
    verify(client, times(4)).execute(any(SendMessage.class));
  }

  @Test
  void aBlockedChatIsUnreachableAndNotRetried() throws Exception {
    // given
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(403, "Forbidden: bot was blocked by the user", null));

    // when
    SendResult<?> result = sender.patiently(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.status()).isEqualTo(SendResult.Status.UNREACHABLE);
    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void aChatThatIsGoneIsUnreachableAndOtherBadRequestsAreRejected() throws Exception {
    // given
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(400, "Bad Request: chat not found", null))
        .thenThrow(error(400, "Bad Request: message is not modified", null));

    // when
    SendResult<?> gone = sender.patiently(1001, false, c -> c.execute(hello));
    SendResult<?> bad = sender.patiently(1001, false, c -> c.execute(hello));

    // then
    assertThat(gone.status()).isEqualTo(SendResult.Status.UNREACHABLE);
    assertThat(bad.status()).isEqualTo(SendResult.Status.REJECTED);
  }

  @Test
  void sendingOnceReportsTheWaitTelegramAskedFor() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(error(429, "Too Many Requests", 2));

    // when
    SendResult<?> result = sender.once(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.status()).isEqualTo(SendResult.Status.RATE_LIMITED);
    assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(waits).isEmpty();
  }

  @Test
  void anUnexpectedExceptionOfTheClientIsAFailureNotAThrow() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(new IllegalStateException("boom"));

    // when
    SendResult<?> result = sender.once(1001, false, c -> c.execute(hello));

    // then
    assertThat(result.status()).isEqualTo(SendResult.Status.FAILED);
  }
}
