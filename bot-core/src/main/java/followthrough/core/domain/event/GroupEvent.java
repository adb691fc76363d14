package followthrough.core.domain.event;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A group event the user plans (a training, a paid course, a support group) with the contacts
 * registered for it. Registrations live in the event: an event has a few dozen at most.
 *
 * @param place an address or a link, or null
 * @param capacity how many fit, or null when unlimited
 * @param fee the amount to prepay as the user wrote it ("20 €"), or null when no prepayment
 */
public record GroupEvent(
    String id,
    UserId owner,
    String title,
    Instant at,
    @Nullable String place,
    @Nullable Integer capacity,
    @Nullable String fee,
    Status status,
    List<Registration> registrations,
    Instant createdAt) {

  /** Most registrations an event takes. */
  public static final int MAX_REGISTRATIONS = 200;

  public GroupEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    registrations = List.copyOf(registrations);
  }

  /** Where an event stands; persisted by name. */
  public enum Status {
    PLANNED,
    /** Held, and attendance recorded. */
    HELD,
    CANCELLED
  }

  /** Whether registrants are asked to prepay. */
  public boolean prepaymentRequired() {
    return fee != null;
  }

  /** The registrations that are not cancelled. */
  public List<Registration> active() {
    return registrations.stream().filter(Registration::active).toList();
  }

  /** The position of a contact's registration (cancelled or not), or -1. */
  public int indexOf(String contactId) {
    for (int i = 0; i < registrations.size(); i++) {
      if (registrations.get(i).contactId().equals(contactId)) {
        return i;
      }
    }
    return -1;
  }

  /** Registers a contact; one whose registration was cancelled is registered again. */
  public GroupEvent registered(String contactId) {
    int index = indexOf(contactId);
    if (index >= 0) {
      return changed(index, r -> r.withCancelled(false)).orElse(this);
    }
    List<Registration> more = new ArrayList<>(registrations);
    more.add(Registration.of(contactId));
    return with(more, status);
  }

  /** The event with one registration changed; empty for an index out of range. */
  public Optional<GroupEvent> changed(int index, UnaryOperator<Registration> change) {
    if (index < 0 || index >= registrations.size()) {
      return Optional.empty();
    }
    List<Registration> all = new ArrayList<>(registrations);
    all.set(index, change.apply(all.get(index)));
    return Optional.of(with(all, status));
  }

  /** The event with every active registration changed. */
  public GroupEvent changedAll(UnaryOperator<Registration> change) {
    return with(registrations.stream().map(r -> r.active() ? change.apply(r) : r).toList(), status);
  }

  /** Attendance recorded: whoever is not ticked as come did not come. */
  public GroupEvent held() {
    List<Registration> settled =
        registrations.stream()
            .map(r -> r.attended() == null ? r.withAttended(Boolean.FALSE) : r)
            .toList();
    return with(settled, Status.HELD);
  }

  public GroupEvent withStatus(Status value) {
    return with(registrations, value);
  }

  private GroupEvent with(List<Registration> all, Status value) {
    return new GroupEvent(id, owner, title, at, place, capacity, fee, value, all, createdAt);
  }
}
