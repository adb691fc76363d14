package followthrough.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.testkit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleClockTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final MutableClock base = new MutableClock(T0);
  private final ConsoleClock clock = new ConsoleClock(base);

  @Test
  void showsTheBaseTimeUntilAdvanced() {
    // given
    base.advance(Duration.ofMinutes(5));
    // when
    Instant now = clock.instant();
    // then
    assertThat(now).isEqualTo(T0.plus(Duration.ofMinutes(5)));
  }

  @Test
  void addsEveryAdvanceToTheRunningBaseTime() {
    // given
    clock.advance(Duration.ofDays(2));
    clock.advance(Duration.ofHours(3));
    // when
    base.advance(Duration.ofSeconds(10));
    // then
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-04T12:00:10Z"));
    assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
  }

  @Test
  void refusesToGoBack() {
    // given
    Duration back = Duration.ofHours(-1);
    // when / then
    assertThatThrownBy(() -> clock.advance(back)).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void isInUtc() {
    // given
    ConsoleClock inBerlin = new ConsoleClock(Clock.fixed(T0, ZoneId.of("Europe/Berlin")));
    // when
    ZoneId zone = inBerlin.getZone();
    // then
    assertThat(zone).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void keepsFollowingAdvancesInAnotherZone() {
    // given
    Clock inBerlin = clock.withZone(ZoneId.of("Europe/Berlin"));
    // when
    clock.advance(Duration.ofHours(1));
    // then
    assertThat(inBerlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(inBerlin.instant()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(inBerlin.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }

  @Test
  void losesNoAdvanceWhenThreadsAdvanceAtOnce() throws InterruptedException {
    // given
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(
          new Thread(
              () -> {
                for (int j = 0; j < 1000; j++) {
                  clock.advance(Duration.ofSeconds(1));
                }
              }));
    }
    // when
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    // then
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofSeconds(8000)));
  }
}
