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
          new OutboundLimiter.Limit(20, Duration.ofMinutes(1)));
  private final OutboundLimiter limiter = new OutboundLimiter(limits, clock, sleeper);

  @Test
  void aPrivateChatGetsABurstOfThreeThenOnePerSecond() throws Exception {
    // given
    Instant start = clock.instant();

    // when
    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      limiter.release(limiter.acquire(1001, false));
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
        limiter.release(limiter.acquire(chat, false));
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
      limiter.release(limiter.acquire(-100, true));
    }
    Instant twentieth = clock.instant();
    limiter.release(limiter.acquire(-100, true));

    // then
    assertThat(twentieth).isEqualTo(start);
    assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(1)));
  }

  @Test
  void aMessagesWindowStartsWhenItsCallReturned() throws Exception {
    // given
    Instant start = clock.instant();
    OutboundLimiter.Permit slow = limiter.acquire(7, false);
    clock.advance(Duration.ofMillis(400)); // the first call takes 400 ms
    limiter.release(slow);
    limiter.release(limiter.acquire(7, false));
    limiter.release(limiter.acquire(7, false));

    // when
    limiter.release(limiter.acquire(7, false));

    // then
    assertThat(clock.instant()).isEqualTo(start.plusMillis(3400));
  }

  @Test
  void messagesStillOnTheirWayHoldTheNextOneBackUntilTheyReturn() throws Exception {
    // given
    List<Duration> polls = new ArrayList<>();
    OutboundLimiter.Permit[] onTheirWay = new OutboundLimiter.Permit[3];
    OutboundLimiter[] self = new OutboundLimiter[1];
    Sleeper releasing =
        duration -> {
          polls.add(duration);
          clock.advance(duration);
          if (polls.size() == 1) {
            for (OutboundLimiter.Permit permit : onTheirWay) {
              self[0].release(permit); // the calls return while the fourth waits
            }
          }
        };
    self[0] = new OutboundLimiter(limits, clock, releasing);
    for (int i = 0; i < 3; i++) {
      onTheirWay[i] = self[0].acquire(8, false);
    }
    Instant returned = clock.instant().plus(OutboundLimiter.IN_FLIGHT_POLL);

    // when
    self[0].acquire(8, false);

    // then
    assertThat(polls).containsExactly(OutboundLimiter.IN_FLIGHT_POLL, Duration.ofSeconds(3));
    assertThat(clock.instant()).isEqualTo(returned.plusSeconds(3));
  }

  @Test
  void chatsDoNotWaitForEachOther() throws Exception {
    // given
    for (int i = 0; i < 3; i++) {
      limiter.release(limiter.acquire(1, false));
    }

    // when
    limiter.release(limiter.acquire(2, false));

    // then
    assertThat(waits).isEmpty();
  }
}
