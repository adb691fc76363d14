package followthrough.discord;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.TeamChannels;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bot's own messages on Discord: to a team channel when the address is one (a channel of
 * a server the bot is in, or a saved team channel), else by DM to the user whose id the address
 * holds. Closed DMs (Discord's 50007), unknown users and missing channels are {@code UNREACHABLE};
 * a refused DM is also noted so the user is told once at their next command. JDA waits out rate
 * limits itself; anything else, or no answer in time, is {@code FAILED}. Blocks the calling
 * scheduler thread for at most the timeout; never throws.
 */
public final class DiscordChatGateway implements ChatGateway {

  private static final Logger log = LoggerFactory.getLogger(DiscordChatGateway.class);

  private static final Set<ErrorResponse> GONE =
      EnumSet.of(
          ErrorResponse.CANNOT_SEND_TO_USER,
          ErrorResponse.UNKNOWN_USER,
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS);

  private final JDA jda;
  private final TeamChannels teamChannels;
  private final ClosedDms closedDms;
  private final Duration timeout;
  private final ReplyRenderer renderer = new ReplyRenderer();

  DiscordChatGateway(JDA jda, TeamChannels teamChannels, ClosedDms closedDms, Duration timeout) {
    this.jda = jda;
    this.teamChannels = teamChannels;
    this.closedDms = closedDms;
    this.timeout = timeout;
  }

  @Override
  public Delivery send(ConversationAddress address, Outbound message) {
    String chatId = address.chatId();
    try {
      GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, chatId);
      if (channel != null) {
        return inParts(message, part -> await(channel.sendMessage(renderer.create(part, null))));
      }
      if (teamChannels.all().stream().anyMatch(c -> c.channelId().equals(chatId))) {
        log.info("A team channel is gone; its message is not delivered");
        return Delivery.UNREACHABLE;
      }
      Delivery delivery =
          inParts(
              message,
              part ->
                  await(
                      jda.openPrivateChannelById(chatId)
                          .flatMap(dm -> dm.sendMessage(renderer.create(part, null)))));
      if (delivery.outcome() == Outcome.UNREACHABLE) {
        closedDms.note(chatId);
      }
      return delivery;
    } catch (RuntimeException e) {
      log.warn("Sending a Discord message failed", e);
      return Delivery.FAILED;
    }
  }

  private Delivery await(RestAction<?> action) {
    try {
      action.submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Delivery.SENT;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ErrorResponseException error
          && GONE.contains(error.getErrorResponse())) {
        log.debug("Discord cannot deliver here: {}", error.getErrorResponse());
        return Delivery.UNREACHABLE;
      }
      log.warn("Discord did not take a message: {}", String.valueOf(e.getCause()));
      return Delivery.FAILED;
    } catch (TimeoutException e) {
      log.warn("Discord did not answer within {}; the message may or may not arrive", timeout);
      return Delivery.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.FAILED;
    }
  }

  /** Sends a long message in parts, in order; the first part that fails is the outcome. */
  private static Delivery inParts(Outbound message, Function<Outbound, Delivery> send) {
    Delivery delivery = Delivery.SENT;
    for (Outbound part : ReplyRenderer.inParts(List.of(message))) {
      delivery = send.apply(part);
      if (delivery.outcome() != Outcome.SENT) {
        return delivery;
      }
    }
    return delivery;
  }
}
