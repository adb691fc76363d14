package followthrough.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in console mode: a base clock (normally the system clock) plus an offset
 * that {@code :advance} only ever increases, so that the developer can make follow-ups, reminders
 * and dialog timeouts come due without waiting. Time keeps running from the base clock between
 * advances. The zone is UTC. Thread-safe: the chat advances it while scheduler threads read it.
 */
public final class ConsoleClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** A clock that shows {@code base}'s time until it is advanced. */
  public ConsoleClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * Moves this clock forward by {@code by}, for every reader at once.
   *
   * @throws IllegalArgumentException if {@code by} is negative: stored instants and claimed nudges
   *     assume that time does not run backwards
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the console clock only moves forward, not by " + by);
    }
    offset.accumulateAndGet(by, Duration::plus);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in another zone that still follows this clock, advances included. */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : new InZone(this, zone);
  }

  /** This clock's instants seen in another zone. */
  private static final class InZone extends Clock {

    private final ConsoleClock source;
    private final ZoneId zone;

    InZone(ConsoleClock source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return source.instant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return source.withZone(other);
    }
  }
}
