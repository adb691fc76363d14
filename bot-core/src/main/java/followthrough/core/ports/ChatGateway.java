package followthrough.core.ports;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;

/**
 * Sends a message the bot starts by itself (a nudge) into a user's own chat or a team channel.
 * Never addresses one of the user's contacts. Called from scheduler threads; implementations are
 * thread-safe and report failures as a result instead of throwing.
 */
public interface ChatGateway {

  /** Sends one message and says how it went. */
  Delivery send(ConversationAddress address, Outbound message);

  /** How a send went. */
  enum Delivery {
    /** The platform accepted the message. */
    SENT,
    /** The chat is gone or the user blocked the bot: do not retry. */
    UNREACHABLE,
    /** It failed for now (network, rate limit, unknown outcome): the caller may retry later. */
    FAILED
  }
}
