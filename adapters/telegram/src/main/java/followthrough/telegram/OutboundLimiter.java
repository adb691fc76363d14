package followthrough.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps outgoing messages within Telegram's limits: at most N messages in any window of each kind
 * (overall, per private chat, per group), counted as sliding windows of send times, so the limit
 * holds for every window and not just on average (a token bucket would let twice the rate through
 * across a window boundary). {@link #acquire} blocks the caller until a message may go; it never
 * blocks the polling thread, because replies are sent from worker threads. Thread-safe.
 */
public final class OutboundLimiter {

  /**
   * A limit: {@code count} messages in any {@code window}.
   *
   * @param count how many messages
   * @param window in how long a time
   */
  public record Limit(int count, Duration window) {}

  /**
   * The limits, and a margin added to every window because Telegram counts arrivals, which jitter
   * by network latency after our send times.
   */
  public record Limits(Limit overall, Limit privateChat, Limit group, Duration margin) {
    /** 30 per second overall, 3 per 3 seconds per private chat (1/s, burst 3), 20 per minute. */
    public static Limits telegram() {
      return new Limits(
          new Limit(30, Duration.ofSeconds(1)),
          new Limit(3, Duration.ofSeconds(3)),
          new Limit(20, Duration.ofMinutes(1)),
          Duration.ofMillis(100));
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> overall = new ArrayDeque<>();
  private final Map<Long, Deque<Instant>> chats = new HashMap<>();

  public OutboundLimiter(Limits limits, Clock clock, Sleeper sleeper) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until one more message to the chat keeps within every limit, and counts it as sent now.
   *
   * @throws InterruptedException when the waiting thread is interrupted (nothing is counted)
   */
  public void acquire(long chatId, boolean group) throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        Limit chatLimit = group ? limits.group() : limits.privateChat();
        Deque<Instant> chat = chats.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        wait = longer(waitFor(overall, limits.overall(), now), waitFor(chat, chatLimit, now));
        if (wait.isZero()) {
          overall.addLast(now);
          chat.addLast(now);
          forgetIdleChats(now);
          return;
        }
      }
      sleeper.sleep(wait);
    }
  }

  /** How long until the window holds fewer than the limit's count; zero when it does now. */
  private Duration waitFor(Deque<Instant> sent, Limit limit, Instant now) {
    Duration window = limit.window().plus(limits.margin());
    while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
      sent.removeFirst();
    }
    if (sent.size() < limit.count()) {
      return Duration.ZERO;
    }
    Instant oldestInWindow = sent.stream().skip(sent.size() - limit.count()).findFirst().get();
    return Duration.between(now, oldestInWindow.plus(window));
  }

  /** Drops chats with nothing left in their window, so the map stays as small as the activity. */
  private void forgetIdleChats(Instant now) {
    if (chats.size() < 1000) {
      return;
    }
    Duration longest = longer(limits.privateChat().window(), limits.group().window());
    Instant before = now.minus(longest.plus(limits.margin()));
    for (Iterator<Deque<Instant>> it = chats.values().iterator(); it.hasNext(); ) {
      Deque<Instant> sent = it.next();
      if (sent.isEmpty() || !sent.peekLast().isAfter(before)) {
        it.remove();
      }
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
