package followthrough.core.memory;

import followthrough.core.ports.SilenceWatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@link SilenceWatch} in a set, for tests and the terminal chat; thread-safe by locking. */
public final class InMemorySilenceWatch implements SilenceWatch {

  private final Set<Filing> filings = new LinkedHashSet<>();
  private @Nullable LocalDate handledThrough;

  @Override
  public synchronized void file(Filing filing) {
    filings.add(filing);
  }

  @Override
  public synchronized void unfile(Filing filing) {
    filings.remove(filing);
  }

  @Override
  public synchronized List<Filing> due(LocalDate from, LocalDate until) {
    List<Filing> due = new ArrayList<>();
    for (Filing f : filings) {
      if (!f.day().isBefore(from) && !f.day().isAfter(until)) {
        due.add(f);
      }
    }
    return due;
  }

  @Override
  public synchronized void clear(LocalDate day) {
    filings.removeIf(f -> f.day().equals(day));
  }

  @Override
  public synchronized Optional<LocalDate> handledThrough() {
    return Optional.ofNullable(handledThrough);
  }

  @Override
  public synchronized void handledThrough(LocalDate day) {
    handledThrough = day;
  }
}
