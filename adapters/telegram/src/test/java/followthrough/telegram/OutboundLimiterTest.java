package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundLimiterTest {

  private final MutableClock clock = MutableClock.atMondayMorning();
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper =
      duration -> {
        waits.add(duration);
        clock.advance(duration);
      };
  private final OutboundLimiter.Limits limits =
      new OutboundLimiter.Limits(
          new OutboundLimiter.Limit(30, Duration.ofSeconds(1)),
          new OutboundLimiter.Limit(3, Duration.ofSeconds(3)),
          new OutboundLimiter.Limit(20, Duration.ofMinutes(1)),
          Duration.ZERO);
  private final OutboundLimiter limiter = new OutboundLimiter(limits, clock, sleeper);

  @Test
  void aPrivateChatGetsABurstOfThreeThenOnePerSecond() throws Exception {
    // given
    Instant start = clock.instant();

    // when
    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      limiter.acquire(1001, false);
      sent.add(clock.instant());
    }

    // then
    assertThat(sent)
        .containsExactly(start, start, start, start.plusSeconds(3), start.plusSeconds(3));
  }

  @Test
  void atMostThirtyMessagesGoOutInAnySecondAcrossChats() throws Exception {
    // given
    List<Instant> sent = new ArrayList<>();

    // when
    for (int chat = 0; chat < 50; chat++) {
      for (int message = 0; message < 2; message++) {
        limiter.acquire(chat, false);
        sent.add(clock.instant());
      }
    }

    // then
    assertThat(sent).hasSize(100);
    for (int i = 30; i < sent.size(); i++) {
      assertThat(Duration.between(sent.get(i - 30), sent.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
    assertThat(Duration.between(sent.get(0), sent.get(99))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aGroupGetsTwentyMessagesAMinute() throws Exception {
    // given
    Instant start = clock.instant();

    // when
    for (int i = 0; i < 20; i++) {
      limiter.acquire(-100, true);
    }
    Instant twentieth = clock.instant();
    limiter.acquire(-100, true);

    // then
    assertThat(twentieth).isEqualTo(start);
    assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(1)));
  }

  @Test
  void theMarginLengthensEveryWindow() throws Exception {
    // given
    OutboundLimiter withMargin =
        new OutboundLimiter(
            new OutboundLimiter.Limits(
                limits.overall(), limits.privateChat(), limits.group(), Duration.ofMillis(100)),
            clock,
            sleeper);
    Instant start = clock.instant();

    // when
    for (int i = 0; i < 4; i++) {
      withMargin.acquire(7, false);
    }

    // then
    assertThat(clock.instant()).isEqualTo(start.plusMillis(3100));
  }

  @Test
  void chatsDoNotWaitForEachOther() throws Exception {
    // given
    for (int i = 0; i < 3; i++) {
      limiter.acquire(1, false);
    }

    // when
    limiter.acquire(2, false);

    // then
    assertThat(waits).isEmpty();
  }
}
