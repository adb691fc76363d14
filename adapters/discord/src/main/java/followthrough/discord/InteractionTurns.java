package followthrough.discord;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Outbound;
import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.jspecify.annotations.Nullable;

/**
 * Runs the engine for one interaction on the user's lane and answers it: starts the defer timer,
 * feeds the inputs in order (a follow-up input only while the dialog still asks), adds the one-time
 * note about closed DMs, and in a server offers the answer form while a dialog waits for text.
 */
final class InteractionTurns {

  private final ConversationEngine engine;
  private final Messages messages;
  private final ClosedDms closedDms;
  private final UserLanes lanes;
  private final ScheduledExecutorService timers;
  private final Duration deferAfter;
  private final ReplyRenderer renderer = new ReplyRenderer();

  InteractionTurns(
      ConversationEngine engine,
      Messages messages,
      ClosedDms closedDms,
      UserLanes lanes,
      ScheduledExecutorService timers,
      Duration deferAfter) {
    this.engine = engine;
    this.messages = messages;
    this.closedDms = closedDms;
    this.lanes = lanes;
    this.timers = timers;
    this.deferAfter = deferAfter;
  }

  /** Answers the interaction with the engine's replies to the inputs; returns at once. */
  void run(IReplyCallback event, List<Inbound> inputs) {
    InteractionReply reply = start(event);
    ConversationKey key = EventMapper.key(event);
    lanes.submit(key.userId(), () -> finish(event, reply, key, inputs));
  }

  /** Answers the interaction with one text computed off the event thread; returns at once. */
  void answer(IReplyCallback event, Supplier<Phrase> work) {
    InteractionReply reply = start(event);
    lanes.submit(
        event.getUser().getId(),
        () -> {
          Phrase phrase = Phrase.of("engine.error");
          try {
            phrase = work.get();
          } finally {
            reply.send(List.of(Outbound.text(messages.render(phrase, locale(event)))), null);
          }
        });
  }

  private InteractionReply start(IReplyCallback event) {
    InteractionReply reply = new InteractionReply(event, renderer);
    ScheduledFuture<?> timer =
        timers.schedule(reply::deferIfSilent, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    reply.onSent(() -> timer.cancel(false));
    return reply;
  }

  private void finish(
      IReplyCallback event, InteractionReply reply, ConversationKey key, List<Inbound> inputs) {
    try {
      List<Outbound> out = new ArrayList<>(engine.handle(inputs.get(0)));
      for (Inbound next : inputs.subList(1, inputs.size())) {
        if (engine.awaitsInput(key)) {
          out.addAll(engine.handle(next));
        }
      }
      if (closedDms.takeNotice(key.userId())) {
        out.add(Outbound.text(messages.render(Phrase.of("discord.dm.closed"), locale(event))));
      }
      reply.send(ReplyRenderer.inParts(out), answerLabel(event, key));
    } catch (RuntimeException e) {
      reply.send(
          List.of(Outbound.text(messages.render(Phrase.of("engine.error"), locale(event)))), null);
      throw e;
    }
  }

  private @Nullable String answerLabel(IReplyCallback event, ConversationKey key) {
    if (!event.isFromGuild() || !engine.awaitsInput(key)) {
      return null;
    }
    return messages.render(Phrase.of("discord.answer.button"), locale(event));
  }

  /** The language for the adapter's own texts: the user's Discord language, else English. */
  static Locale locale(IReplyCallback event) {
    return SupportedLocales.resolve(null, EventMapper.language(event));
  }
}
