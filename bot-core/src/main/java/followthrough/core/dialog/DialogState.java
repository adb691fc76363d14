package followthrough.core.dialog;

import followthrough.core.conversation.ConversationKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The saved position of one conversation in a dialog: which dialog (and which version of its
 * steps), the step by name, the draft as flat slots, a revision for optimistic concurrency and the
 * instant after which the dialog counts as abandoned.
 *
 * @param revision the revision this state was loaded at; 0 for a state not saved yet
 */
public record DialogState(
    ConversationKey key,
    String dialogId,
    int dialogVersion,
    String step,
    Map<String, String> slots,
    long revision,
    Instant updatedAt,
    Instant expiresAt) {

  public DialogState {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dialogId, "dialogId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    slots = java.util.Collections.unmodifiableMap(new TreeMap<>(slots));
  }

  /** Whether this state is past its expiry at the given instant. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** This state at another revision (stores use it when they save). */
  public DialogState withRevision(long newRevision) {
    return new DialogState(
        key, dialogId, dialogVersion, step, slots, newRevision, updatedAt, expiresAt);
  }
}
