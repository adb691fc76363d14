package followthrough.core.dialogs.logcontact;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The contact being logged, as far as the user has answered. The id is chosen when the dialog
 * starts, so that saving twice (a repeated button press) stores one contact; the follow-ups' ids
 * are derived from it for the same reason.
 *
 * @param followKind the kind of the planned follow-ups, or null when none are planned
 * @param followAt when the planned follow-ups are due, earliest first; empty when none
 */
record LogContactDraft(
    String id,
    @Nullable String name,
    @Nullable Source source,
    @Nullable String sourceNote,
    @Nullable Rung rung,
    @Nullable ContactHandle handle,
    @Nullable String note,
    FollowUp.@Nullable Kind followKind,
    List<Instant> followAt) {

  LogContactDraft {
    followAt = List.copyOf(followAt);
  }

  static LogContactDraft start(String id) {
    return new LogContactDraft(id, null, null, null, null, null, null, null, List.of());
  }

  static LogContactDraft fromSlots(Map<String, String> slots) {
    String handleKind = slots.get("handleKind");
    String followAt = slots.getOrDefault("followAt", "");
    return new LogContactDraft(
        slots.getOrDefault("id", ""),
        slots.get("name"),
        slots.containsKey("source") ? Source.valueOf(slots.get("source")) : null,
        slots.get("sourceNote"),
        slots.containsKey("rung") ? Rung.valueOf(slots.get("rung")) : null,
        handleKind == null
            ? null
            : new ContactHandle(ContactHandle.Kind.valueOf(handleKind), slots.get("handle")),
        slots.get("note"),
        slots.containsKey("followKind") ? FollowUp.Kind.valueOf(slots.get("followKind")) : null,
        followAt.isEmpty()
            ? List.of()
            : Arrays.stream(followAt.split(",")).map(Instant::parse).toList());
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
    put(slots, "followKind", followKind == null ? null : followKind.name());
    if (!followAt.isEmpty()) {
      slots.put(
          "followAt", followAt.stream().map(Instant::toString).collect(Collectors.joining(",")));
    }
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  LogContactDraft withName(String value) {
    return new LogContactDraft(
        id, value, source, sourceNote, rung, handle, note, followKind, followAt);
  }

  LogContactDraft withSource(@Nullable Source value, @Nullable String words) {
    return new LogContactDraft(id, name, value, words, rung, handle, note, followKind, followAt);
  }

  LogContactDraft withRung(Rung value) {
    return new LogContactDraft(
        id, name, source, sourceNote, value, handle, note, followKind, followAt);
  }

  LogContactDraft withHandle(@Nullable ContactHandle value) {
    return new LogContactDraft(
        id, name, source, sourceNote, rung, value, note, followKind, followAt);
  }

  LogContactDraft withNote(@Nullable String value) {
    return new LogContactDraft(
        id, name, source, sourceNote, rung, handle, value, followKind, followAt);
  }

  /** This draft with follow-ups of {@code kind} due at {@code at}; an empty list plans none. */
  LogContactDraft withFollowUps(FollowUp.@Nullable Kind kind, List<Instant> at) {
    return new LogContactDraft(
        id, name, source, sourceNote, rung, handle, note, at.isEmpty() ? null : kind, at);
  }

  /** The rung the contact is saved with; a prospect unless the user said otherwise. */
  Rung rungOrProspect() {
    return rung == null ? Rung.PROSPECT : rung;
  }

  Contact toContact(UserId owner, Instant now) {
    return new Contact(
        id,
        owner,
        name == null ? "" : name,
        source,
        sourceNote,
        rungOrProspect(),
        handle == null ? List.of() : List.of(handle),
        note,
        now);
  }

  /**
   * The planned follow-ups, with ids derived from the contact's ({@code <id>-f1}, {@code <id>-f2},
   * ...), so that a repeated save stores none of them twice.
   */
  List<FollowUp> toFollowUps(UserId owner, Instant now) {
    List<FollowUp> planned = new ArrayList<>();
    if (followKind == null) {
      return planned;
    }
    for (int i = 0; i < followAt.size(); i++) {
      planned.add(
          FollowUp.open(
              id + "-f" + (i + 1), owner, id, followKind, null, followAt.get(i), null, now));
    }
    return planned;
  }
}
