package followthrough.core.domain.contact;

import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person in the user's network. Always owned by exactly one user; only that user ever sees it.
 *
 * @param sourceNote the user's own words on how they know the contact, or null
 * @param note a free note, or null
 */
public record Contact(
    String id,
    UserId owner,
    String name,
    @Nullable Source source,
    @Nullable String sourceNote,
    Rung rung,
    List<ContactHandle> handles,
    @Nullable String note,
    Instant createdAt) {

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rung, "rung");
    Objects.requireNonNull(createdAt, "createdAt");
    handles = List.copyOf(handles);
  }

  /** This contact with another name. */
  public Contact withName(String newName) {
    return new Contact(id, owner, newName, source, sourceNote, rung, handles, note, createdAt);
  }

  /** This contact on another rung. */
  public Contact withRung(Rung newRung) {
    return new Contact(id, owner, name, source, sourceNote, newRung, handles, note, createdAt);
  }

  /** This contact with other ways to reach them. */
  public Contact withHandles(List<ContactHandle> newHandles) {
    return new Contact(id, owner, name, source, sourceNote, rung, newHandles, note, createdAt);
  }

  /** This contact with another note (null: none). */
  public Contact withNote(@Nullable String newNote) {
    return new Contact(id, owner, name, source, sourceNote, rung, handles, newNote, createdAt);
  }

  /** The key search compares; see {@link SearchKey}. */
  public String searchKey() {
    return SearchKey.of(name);
  }

  /** Whether the user has any way to reach this contact; a contact without one is a weak lead. */
  public boolean reachable() {
    return !handles.isEmpty();
  }
}
