package followthrough.discord;

import followthrough.core.conversation.Outbound;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one interaction within Discord's 3 seconds: {@link #deferIfSilent} acknowledges it when
 * the engine is still busy (a timer calls it after about 2 s), and {@link #send} then completes the
 * answer through the interaction's hook, or answers directly if it was not deferred. A button's
 * message is edited in place when the engine says so. In a server every message is ephemeral.
 * Thread-safe: the timer and the worker may race, so both hold this object's lock.
 */
final class InteractionReply {

  private static final Logger log = LoggerFactory.getLogger(InteractionReply.class);

  private final IReplyCallback event;
  private final boolean ephemeral;
  private final ReplyRenderer renderer;
  private boolean acknowledged;
  private Runnable onSent = () -> {};

  InteractionReply(IReplyCallback event, ReplyRenderer renderer) {
    this.event = event;
    this.ephemeral = event.isFromGuild();
    this.renderer = renderer;
  }

  /** Runs the action once the answer is sent, for example to stop the defer timer. */
  synchronized void onSent(Runnable action) {
    this.onSent = action;
  }

  /** Defers the answer unless it was already given. */
  synchronized void deferIfSilent() {
    if (acknowledged) {
      return;
    }
    acknowledged = true;
    if (event instanceof IMessageEditCallback component) {
      component.deferEdit().queue(null, InteractionReply::failed);
    } else {
      event.deferReply(ephemeral).queue(null, InteractionReply::failed);
    }
  }

  /**
   * Sends the engine's messages; {@code answerLabel} puts the answer-form button under the last.
   */
  synchronized void send(List<Outbound> messages, @Nullable String answerLabel) {
    onSent.run();
    if (messages.isEmpty()) {
      deferIfSilent();
      return;
    }
    for (int i = 0; i < messages.size(); i++) {
      Outbound message = messages.get(i);
      String label = i == messages.size() - 1 ? answerLabel : null;
      if (i == 0 && !acknowledged) {
        acknowledged = true;
        answer(message, label);
      } else {
        follow(message, label, i == 0);
      }
    }
  }

  private void answer(Outbound message, @Nullable String label) {
    if (message.editMessageRef() != null && event instanceof IMessageEditCallback component) {
      component.editMessage(renderer.edit(message, label)).queue(null, InteractionReply::failed);
    } else {
      event
          .reply(renderer.create(message, label))
          .setEphemeral(ephemeral)
          .queue(null, InteractionReply::failed);
    }
  }

  private void follow(Outbound message, @Nullable String label, boolean first) {
    InteractionHook hook = event.getHook();
    if (first && message.editMessageRef() != null && event instanceof IMessageEditCallback) {
      hook.editOriginal(renderer.edit(message, label)).queue(null, InteractionReply::failed);
    } else {
      hook.sendMessage(renderer.create(message, label))
          .setEphemeral(ephemeral)
          .queue(null, InteractionReply::failed);
    }
  }

  private static void failed(Throwable error) {
    log.warn("Discord refused an answer to an interaction: {}", error.toString());
  }
}
