package followthrough.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users whose direct messages turned out closed when a nudge was sent, until they are told so
 * once at their next command. Kept in memory: after a restart the next failed nudge notes it again.
 * Thread-safe: the gateway adds from scheduler threads, the listener takes from its workers.
 */
final class ClosedDms {

  private final Set<String> users = ConcurrentHashMap.newKeySet();

  /** Notes that a DM to this user was refused. */
  void note(String userId) {
    users.add(userId);
  }

  /** Whether the user should be told now; true once per note. */
  boolean takeNotice(String userId) {
    return users.remove(userId);
  }
}
