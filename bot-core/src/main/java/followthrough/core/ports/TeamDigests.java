package followthrough.core.ports;

import followthrough.core.conversation.Reply;
import followthrough.core.domain.user.UserId;
import java.time.Instant;

/**
 * Builds a team leader's digest: standings and counts over everyone under their line and a chart of
 * the last weeks. Used by the weekly digest job and by {@code /team digest}. Thread-safe.
 */
public interface TeamDigests {

  /** The digest of the leader's line for the last completed week before {@code now}. */
  Reply digest(UserId leader, Instant now);
}
