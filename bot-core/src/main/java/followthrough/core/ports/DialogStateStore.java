package followthrough.core.ports;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.dialog.DialogState;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each conversation's dialog state between turns. Writes are checked against the revision the
 * caller loaded, so that of two turns racing on one conversation only one wins. Thread-safe.
 */
public interface DialogStateStore {

  /** The saved state of a conversation, expired or not, or empty when there is none. */
  Optional<DialogState> load(ConversationKey key);

  /**
   * Saves a state based on the revision it carries ({@code 0}: there was none) and returns it at
   * its new revision, one higher.
   *
   * @throws RevisionConflictException when the stored revision differs from the state's
   */
  DialogState save(DialogState state);

  /**
   * Removes a conversation's state if it is still at the given revision; nothing happens when there
   * is no state and the revision is 0.
   *
   * @throws RevisionConflictException when the stored revision differs
   */
  void delete(ConversationKey key, long revision);

  /**
   * Removes every state that expired at or before {@code now}; called by a scheduled job, since the
   * embedded store ignores TTL indexes.
   *
   * @return how many states were removed
   */
  int deleteExpired(Instant now);
}
