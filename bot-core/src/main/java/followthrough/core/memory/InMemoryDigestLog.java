package followthrough.core.memory;

import followthrough.core.ports.DigestLog;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** {@link DigestLog} in a set, for tests and the terminal chat; thread-safe by locking. */
public final class InMemoryDigestLog implements DigestLog {

  private final Set<String> claimed = new HashSet<>();

  @Override
  public synchronized boolean claim(String serverId, LocalDate week) {
    return claimed.add(serverId + "/" + week);
  }
}
