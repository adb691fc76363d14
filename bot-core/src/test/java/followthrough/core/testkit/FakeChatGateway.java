package followthrough.core.testkit;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.ports.ChatGateway;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records every message sent; answers SENT unless told otherwise per chat (a queue of outcomes, the
 * last one repeating) or told to throw for a chat. Thread-safe.
 */
public final class FakeChatGateway implements ChatGateway {

  /** One message as sent. */
  public record Sent(ConversationAddress address, Outbound message) {}

  private final List<Sent> sent = new ArrayList<>();
  private int attempts;
  private Consumer<Sent> listener = s -> {};
  private final Map<String, Deque<Delivery>> outcomes = new HashMap<>();
  private final Map<String, RuntimeException> failures = new HashMap<>();

  @Override
  public synchronized Delivery send(ConversationAddress address, Outbound message) {
    attempts++;
    RuntimeException failure = failures.get(address.chatId());
    if (failure != null) {
      throw failure;
    }
    Deque<Delivery> planned = outcomes.get(address.chatId());
    Delivery delivery = Delivery.SENT;
    if (planned != null && !planned.isEmpty()) {
      delivery = planned.size() > 1 ? planned.poll() : planned.peek();
    }
    if (delivery.outcome() == Outcome.SENT) {
      Sent one = new Sent(address, message);
      sent.add(one);
      listener.accept(one);
    }
    return delivery;
  }

  /** The next sends to this chat end so, in order; the last one repeats. */
  public synchronized FakeChatGateway answer(String chatId, Delivery... deliveries) {
    outcomes.put(chatId, new ArrayDeque<>(List.of(deliveries)));
    return this;
  }

  /** Calls {@code listener} after each message that went out (to act while a tick runs). */
  public synchronized FakeChatGateway onSent(Consumer<Sent> listener) {
    this.listener = listener;
    return this;
  }

  /** Sends to this chat throw. */
  public synchronized FakeChatGateway throwFor(String chatId, RuntimeException e) {
    failures.put(chatId, e);
    return this;
  }

  /** The messages that went out, in order. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The texts that went out, in order. */
  public synchronized List<String> texts() {
    return sent.stream().map(s -> s.message().text()).toList();
  }

  /** How many sends were tried, whatever came of them. */
  public synchronized int attempts() {
    return attempts;
  }

  /** Forgets what was sent so far. */
  public synchronized void clear() {
    sent.clear();
  }
}
