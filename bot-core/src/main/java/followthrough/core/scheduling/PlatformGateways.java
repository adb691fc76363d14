package followthrough.core.scheduling;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each message through the gateway of the address's platform. A message for a platform that
 * does not run here fails for now (the job retries it with backoff), so nudges wait until the
 * platform runs again instead of being given up.
 */
public final class PlatformGateways implements ChatGateway {

  private static final Logger log = LoggerFactory.getLogger(PlatformGateways.class);

  /** The gateway of one platform. */
  public record Route(Platform platform, ChatGateway gateway) {
    public Route {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(gateway, "gateway");
    }
  }

  private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);

  /** Routes to the given gateways; two for one platform are a wiring mistake. */
  public PlatformGateways(List<Route> routes) {
    for (Route route : routes) {
      if (gateways.put(route.platform(), route.gateway()) != null) {
        throw new IllegalArgumentException("two gateways for " + route.platform());
      }
    }
  }

  @Override
  public Delivery send(ConversationAddress address, Outbound message) {
    ChatGateway gateway = gateways.get(address.platform());
    if (gateway == null) {
      log.warn("No {} gateway runs here; the message waits", address.platform().code());
      return Delivery.FAILED;
    }
    return gateway.send(address, message);
  }
}
