package followthrough.core.ports;

import java.time.LocalDate;

/**
 * Which team servers had their weekly digest posted, so that each week's digest goes out once
 * whatever the number of app instances. Thread-safe.
 */
public interface DigestLog {

  /**
   * Claims the digest of a server's week.
   *
   * @return true for the one caller that claims it first, false for every later one
   */
  boolean claim(String serverId, LocalDate week);
}
