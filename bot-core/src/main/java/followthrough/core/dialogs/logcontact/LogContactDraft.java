package followthrough.core.dialogs.logcontact;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The contact being logged, as far as the user has answered. The id is chosen when the dialog
 * starts, so that saving twice (a repeated button press) stores one contact.
 */
record LogContactDraft(
    String id,
    @Nullable String name,
    @Nullable Source source,
    @Nullable String sourceNote,
    @Nullable Rung rung,
    @Nullable ContactHandle handle,
    @Nullable String note) {

  static LogContactDraft start(String id) {
    return new LogContactDraft(id, null, null, null, null, null, null);
  }

  static LogContactDraft fromSlots(Map<String, String> slots) {
    String handleKind = slots.get("handleKind");
    return new LogContactDraft(
        slots.getOrDefault("id", ""),
        slots.get("name"),
        slots.containsKey("source") ? Source.valueOf(slots.get("source")) : null,
        slots.get("sourceNote"),
        slots.containsKey("rung") ? Rung.valueOf(slots.get("rung")) : null,
        handleKind == null
            ? null
            : new ContactHandle(ContactHandle.Kind.valueOf(handleKind), slots.get("handle")),
        slots.get("note"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "name", name);
    put(slots, "source", source == null ? null : source.name());
    put(slots, "sourceNote", sourceNote);
    put(slots, "rung", rung == null ? null : rung.name());
    put(slots, "handleKind", handle == null ? null : handle.kind().name());
    put(slots, "handle", handle == null ? null : handle.value());
    put(slots, "note", note);
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  LogContactDraft withName(String value) {
    return new LogContactDraft(id, value, source, sourceNote, rung, handle, note);
  }

  LogContactDraft withSource(@Nullable Source value, @Nullable String words) {
    return new LogContactDraft(id, name, value, words, rung, handle, note);
  }

  LogContactDraft withRung(Rung value) {
    return new LogContactDraft(id, name, source, sourceNote, value, handle, note);
  }

  LogContactDraft withHandle(@Nullable ContactHandle value) {
    return new LogContactDraft(id, name, source, sourceNote, rung, value, note);
  }

  LogContactDraft withNote(@Nullable String value) {
    return new LogContactDraft(id, name, source, sourceNote, rung, handle, value);
  }

  Contact toContact(UserId owner, Instant now) {
    return new Contact(
        id,
        owner,
        name == null ? "" : name,
        source,
        sourceNote,
        rung == null ? Rung.PROSPECT : rung,
        handle == null ? List.of() : List.of(handle),
        note,
        now);
  }
}
