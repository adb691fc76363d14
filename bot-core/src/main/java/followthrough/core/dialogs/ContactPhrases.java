package followthrough.core.dialogs;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.i18n.Phrase;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Phrases for a contact's fields, shared by every dialog that shows a contact. */
public final class ContactPhrases {

  private ContactPhrases() {}

  /** The rung's name, for example "prospect". */
  public static Phrase rung(Rung rung) {
    return Phrase.of("contact.rung." + rung.name());
  }

  /** How the user knows the contact: a source's name, the user's own words, or "not given". */
  public static Phrase source(@Nullable Source source, @Nullable String sourceNote) {
    if (sourceNote != null) {
      return Phrase.verbatim(sourceNote);
    }
    return source == null ? Phrase.of("contact.none") : Phrase.of("contact.source." + source);
  }

  /** The handle as typed, or the plain warning that nobody can reach the contact. */
  public static Phrase handle(@Nullable ContactHandle handle) {
    return handle == null ? Phrase.of("contact.handle.none") : Phrase.verbatim(handle.value());
  }

  /** Every way to reach the contact, comma-separated, or the plain warning that there is none. */
  public static Phrase handles(List<ContactHandle> handles) {
    return handles.isEmpty()
        ? Phrase.of("contact.handle.none")
        : Phrase.verbatim(
            handles.stream().map(ContactHandle::value).collect(Collectors.joining(", ")));
  }

  /** The note as typed, or "none". */
  public static Phrase note(@Nullable String note) {
    return note == null ? Phrase.of("contact.none") : Phrase.verbatim(note);
  }

  /** The whole contact card. */
  public static Phrase card(Contact contact, ZoneId zone) {
    return Phrase.of(
        "contact.card",
        "name",
        contact.name(),
        "rung",
        rung(contact.rung()),
        "source",
        source(contact.source(), contact.sourceNote()),
        "handle",
        handles(contact.handles()),
        "note",
        note(contact.note()),
        "added",
        contact.createdAt().atZone(zone).toLocalDate());
  }
}
