package followthrough.core.dialogs.nudge;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A contact's name as the user wrote it, or "a contact" when it is gone. */
final class Names {

  private final Contacts contacts;

  Names(Contacts contacts) {
    this.contacts = contacts;
  }

  Phrase of(UserId owner, String contactId) {
    return contacts
        .find(owner, contactId)
        .map(Contact::name)
        .map(Phrase::verbatim)
        .orElseGet(() -> Phrase.of("nudge.someone"));
  }

  /** An instant as the user's local date and time, for the bundles to render. */
  static LocalDateTime local(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }
}
