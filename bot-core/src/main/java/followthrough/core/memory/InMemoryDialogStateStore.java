package followthrough.core.memory;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.dialog.DialogState;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.RevisionConflictException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Dialog states in a map, with the same revision checks as the MongoDB store. */
public final class InMemoryDialogStateStore implements DialogStateStore {

  private final ConcurrentMap<ConversationKey, DialogState> states = new ConcurrentHashMap<>();

  @Override
  public Optional<DialogState> load(ConversationKey key) {
    return Optional.ofNullable(states.get(key));
  }

  @Override
  public DialogState save(DialogState state) {
    DialogState next = state.withRevision(state.revision() + 1);
    states.compute(
        state.key(),
        (key, current) -> {
          long currentRevision = current == null ? 0 : current.revision();
          if (currentRevision != state.revision()) {
            throw new RevisionConflictException("dialog state changed meanwhile");
          }
          return next;
        });
    return next;
  }

  @Override
  public void delete(ConversationKey key, long revision) {
    states.compute(
        key,
        (k, current) -> {
          long currentRevision = current == null ? 0 : current.revision();
          if (currentRevision != revision) {
            throw new RevisionConflictException("dialog state changed meanwhile");
          }
          return null;
        });
  }

  @Override
  public int deleteExpired(Instant now) {
    int before = states.size();
    states.values().removeIf(state -> state.expiredAt(now));
    return before - states.size();
  }
}
