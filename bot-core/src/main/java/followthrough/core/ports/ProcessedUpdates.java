package followthrough.core.ports;

/**
 * The platform updates already handled, so that an update the platform delivers again (Telegram
 * re-delivers the ones not confirmed before a restart) is handled once and a contact is never
 * logged twice. Ids are counted per source (for example {@code telegram:<bot id>}); the adapter
 * keeps the store bounded by forgetting ids far below the newest. Thread-safe, also across
 * instances sharing a store.
 */
public interface ProcessedUpdates {

  /**
   * Records an update as processed.
   *
   * @param updateId the platform's id of the update, not negative
   * @return true the first time this update is recorded, false when it was recorded before
   */
  boolean firstSeen(String source, long updateId);

  /** Forgets the source's ids below {@code updateId}; they will not come again. */
  void forgetBefore(String source, long updateId);
}
