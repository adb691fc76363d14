package followthrough.core.domain.contact;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purchase by one of the user's contacts. Only the fact and a note are kept: the bot is not a
 * shop and never asks about amounts.
 *
 * @param referral whether the contact brought someone else along with this order
 * @param note what was ordered, in the user's words, or null
 */
public record Order(
    String id,
    UserId owner,
    String contactId,
    Instant at,
    boolean referral,
    @Nullable String note) {

  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(at, "at");
  }
}
