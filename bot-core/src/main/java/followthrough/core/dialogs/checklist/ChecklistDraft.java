package followthrough.core.dialogs.checklist;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A checklist being started (the contact chosen so far) or a template being written; the id is
 * chosen when the dialog starts, so that saving twice stores one.
 */
record ChecklistDraft(String id, @Nullable String contactId) {

  static ChecklistDraft start(String id) {
    return new ChecklistDraft(id, null);
  }

  static ChecklistDraft fromSlots(Map<String, String> slots) {
    return new ChecklistDraft(slots.getOrDefault("id", ""), slots.get("contactId"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    if (contactId != null) {
      slots.put("contactId", contactId);
    }
    return slots;
  }

  ChecklistDraft withContact(String value) {
    return new ChecklistDraft(id, value);
  }
}
