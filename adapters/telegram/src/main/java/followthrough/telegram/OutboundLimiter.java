package followthrough.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps outgoing messages within Telegram's limits: at most N messages in any window of each kind
 * (overall, per private chat, per group), as sliding windows, so the limit holds for every window
 * and not just on average (a token bucket lets twice the rate through across a window boundary).
 *
 * <p>A message counts from {@link #acquire} until its call returned, and its window starts when the
 * call returned ({@link #release}). Telegram receives a message between those two moments, so a
 * message let through a full window after an earlier one's call returned also arrives a full window
 * after it, however the network jitters. Tested without real time through the injected clock and
 * sleeper. Thread-safe; blocks the caller (a worker or the nudge job), never the polling thread.
 */
public final class OutboundLimiter {

  /**
   * How long to wait when every counted message is still on its way (their windows start later).
   */
  static final Duration IN_FLIGHT_POLL = Duration.ofMillis(10);

  /**
   * A limit: {@code count} messages in any {@code window}.
   *
   * @param count how many messages
   * @param window in how long a time
   */
  public record Limit(int count, Duration window) {}

  /** The limits overall, per private chat and per group. */
  public record Limits(Limit overall, Limit privateChat, Limit group) {
    /** 30 per second overall, 3 per 3 seconds per private chat (1/s, burst 3), 20 per minute. */
    public static Limits telegram() {
      return new Limits(
          new Limit(30, Duration.ofSeconds(1)),
          new Limit(3, Duration.ofSeconds(3)),
          new Limit(20, Duration.ofMinutes(1)));
    }
  }

  /** One counted message: on its way until released, then counted from its release. */
  public static final class Permit {
    private Instant at;
    private boolean inFlight = true;

    private Permit(Instant at) {
      this.at = at;
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final List<Permit> overall = new ArrayList<>();
  private final Map<Long, List<Permit>> chats = new HashMap<>();

  public OutboundLimiter(Limits limits, Clock clock, Sleeper sleeper) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until one more message to the chat keeps within every limit and counts it; the caller
   * sends it and then {@link #release}s the permit.
   *
   * @throws InterruptedException when the waiting thread is interrupted (nothing is counted)
   */
  public Permit acquire(long chatId, boolean group) throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        Limit chatLimit = group ? limits.group() : limits.privateChat();
        List<Permit> chat = chats.computeIfAbsent(chatId, id -> new ArrayList<>());
        wait = longer(waitFor(overall, limits.overall(), now), waitFor(chat, chatLimit, now));
        if (wait.isZero()) {
          Permit permit = new Permit(now);
          overall.add(permit);
          chat.add(permit);
          forgetIdleChats(now);
          return permit;
        }
      }
      sleeper.sleep(wait);
    }
  }

  /** The message's call returned (sent or not): its window starts now. */
  public synchronized void release(Permit permit) {
    permit.at = clock.instant();
    permit.inFlight = false;
  }

  /** How long until the window holds fewer than the limit's count; zero when it does now. */
  private static Duration waitFor(List<Permit> counted, Limit limit, Instant now) {
    counted.removeIf(p -> !p.inFlight && !p.at.plus(limit.window()).isAfter(now));
    if (counted.size() < limit.count()) {
      return Duration.ZERO;
    }
    Duration soonest = null;
    for (Permit permit : counted) {
      if (!permit.inFlight) {
        Duration left = Duration.between(now, permit.at.plus(limit.window()));
        soonest = soonest == null || left.compareTo(soonest) < 0 ? left : soonest;
      }
    }
    return soonest == null ? IN_FLIGHT_POLL : soonest;
  }

  /** Drops chats with nothing counted any more, so the map stays as small as the activity. */
  private void forgetIdleChats(Instant now) {
    if (chats.size() < 1000) {
      return;
    }
    for (Iterator<List<Permit>> it = chats.values().iterator(); it.hasNext(); ) {
      List<Permit> counted = it.next();
      counted.removeIf(p -> !p.inFlight && !p.at.plus(limits.group().window()).isAfter(now));
      if (counted.isEmpty()) {
        it.remove();
      }
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
