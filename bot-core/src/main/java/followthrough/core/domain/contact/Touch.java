package followthrough.core.domain.contact;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact that happened: a call, a message or a meeting with one of the user's contacts, whether
 * the person was reached, and what came of it.
 *
 * @param satisfied whether the customer is satisfied; null when not asked or not reached
 * @param reason why not, when not satisfied; null otherwise
 * @param reasonNote the user's own words for {@link Reason#OTHER}, or null
 * @param reorder whether the customer wants to order again; null when not asked
 * @param note what was said or promised, or null
 */
public record Touch(
    String id,
    UserId owner,
    String contactId,
    Instant at,
    Channel channel,
    boolean reached,
    @Nullable Boolean satisfied,
    @Nullable Reason reason,
    @Nullable String reasonNote,
    @Nullable Boolean reorder,
    @Nullable String note) {

  public Touch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
  }

  /** How the touch happened; persisted by name. */
  public enum Channel {
    CALL,
    MESSAGE,
    MEETING,
    IN_PERSON
  }

  /** Why a customer is not satisfied; persisted by name. */
  public enum Reason {
    USED_WRONGLY,
    WRONG_PRODUCT,
    PRICE,
    OTHER
  }
}
