package followthrough.console;

import followthrough.core.ports.IdGenerator;
import java.util.concurrent.atomic.AtomicInteger;

/** Ids {@code c1}, {@code c2}, ... so that transcripts do not change from run to run. */
final class CountingIds implements IdGenerator {

  private final AtomicInteger last = new AtomicInteger();

  @Override
  public String newId() {
    return "c" + last.incrementAndGet();
  }
}
