package followthrough.core.memory;

import followthrough.core.ports.ProcessedUpdates;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** Processed update ids in a sorted set per source; adding is atomic, so one caller wins. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

  private final ConcurrentMap<String, ConcurrentSkipListSet<Long>> seen = new ConcurrentHashMap<>();

  @Override
  public boolean firstSeen(String source, long updateId) {
    if (updateId < 0) {
      throw new IllegalArgumentException("negative update id " + updateId);
    }
    return seen.computeIfAbsent(source, s -> new ConcurrentSkipListSet<>()).add(updateId);
  }

  @Override
  public void forgetBefore(String source, long updateId) {
    ConcurrentSkipListSet<Long> ids = seen.get(source);
    if (ids != null) {
      ids.headSet(updateId).clear();
    }
  }
}
