package followthrough.core.ports;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sends a message the bot starts by itself (a nudge) into a user's own chat or a team channel.
 * Never addresses one of the user's contacts. Called from scheduler threads; implementations are
 * thread-safe and report failures as a result instead of throwing.
 */
public interface ChatGateway {

  /** Sends one message and says how it went. */
  Delivery send(ConversationAddress address, Outbound message);

  /** How a send went. */
  enum Outcome {
    /** The platform accepted the message. */
    SENT,
    /** The chat is gone or the user blocked the bot: do not retry. */
    UNREACHABLE,
    /** It failed for now (network, 5xx, rate limit, unknown outcome): retry later. */
    FAILED
  }

  /**
   * The outcome of a send, and for a rate-limited failure the wait the platform asked for.
   *
   * @param retryAfter how long the platform asked to wait before the next try, or null
   */
  record Delivery(Outcome outcome, @Nullable Duration retryAfter) {

    public static final Delivery SENT = new Delivery(Outcome.SENT, null);
    public static final Delivery UNREACHABLE = new Delivery(Outcome.UNREACHABLE, null);
    public static final Delivery FAILED = new Delivery(Outcome.FAILED, null);

    public Delivery {
      Objects.requireNonNull(outcome, "outcome");
    }

    /** A failure for now, with the wait the platform asked for (Telegram's retry_after). */
    public static Delivery retryAfter(Duration wait) {
      return new Delivery(Outcome.FAILED, wait);
    }
  }
}
