package followthrough.core.dialogs.contacts;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the open contact list stands: the current search, and while a card is being edited or
 * deleted, which contact and which field.
 *
 * @param query the current search, empty for all contacts
 * @param contactId the contact being edited or deleted, or null
 * @param field the field whose new value is asked, or null
 */
record ContactsDraft(String query, @Nullable String contactId, @Nullable Field field) {

  /** A field of a contact the user can change; persisted by name. */
  enum Field {
    NAME,
    RUNG,
    HANDLE,
    NOTE
  }

  static ContactsDraft list(String query) {
    return new ContactsDraft(query, null, null);
  }

  static ContactsDraft fromSlots(Map<String, String> slots) {
    String field = slots.get("field");
    return new ContactsDraft(
        slots.getOrDefault("q", ""), slots.get("id"), field == null ? null : Field.valueOf(field));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("q", query);
    if (contactId != null) {
      slots.put("id", contactId);
    }
    if (field != null) {
      slots.put("field", field.name());
    }
    return slots;
  }

  /** The list again, with the same search. */
  ContactsDraft backToList() {
    return list(query);
  }

  ContactsDraft on(String id) {
    return new ContactsDraft(query, id, null);
  }

  ContactsDraft editing(Field value) {
    return new ContactsDraft(query, contactId, value);
  }
}
