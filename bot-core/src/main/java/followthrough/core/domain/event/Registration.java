package followthrough.core.domain.event;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact registered for an event. A cancelled registration is kept (marked), so that the
 * positions of the others, which buttons refer to, never shift.
 *
 * @param attended whether they came, once attendance was recorded; null before
 */
public record Registration(
    String contactId,
    boolean prepaid,
    boolean confirmed,
    boolean cancelled,
    @Nullable Boolean attended) {

  public Registration {
    Objects.requireNonNull(contactId, "contactId");
  }

  /** A new registration, not prepaid, not confirmed. */
  public static Registration of(String contactId) {
    return new Registration(contactId, false, false, false, null);
  }

  public boolean active() {
    return !cancelled;
  }

  public Registration withPrepaid(boolean value) {
    return new Registration(contactId, value, confirmed, cancelled, attended);
  }

  public Registration withConfirmed(boolean value) {
    return new Registration(contactId, prepaid, value, cancelled, attended);
  }

  public Registration withCancelled(boolean value) {
    return new Registration(contactId, prepaid, confirmed, value, attended);
  }

  public Registration withAttended(@Nullable Boolean value) {
    return new Registration(contactId, prepaid, confirmed, cancelled, value);
  }
}
