package followthrough.core.dialogs.order;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order being recorded, as far as the user has answered. The id is chosen when the dialog
 * starts and the follow-ups' ids are derived from it, so that a repeated save stores nothing twice.
 *
 * @param referral whether the contact brought someone along or recommended the user; null until
 *     answered
 * @param note what was ordered, in the user's words, or null
 */
record OrderDraft(
    String id,
    @Nullable String contactId,
    @Nullable String name,
    @Nullable Boolean referral,
    @Nullable String note) {

  static OrderDraft start(String id) {
    return new OrderDraft(id, null, null, null, null);
  }

  static OrderDraft fromSlots(Map<String, String> slots) {
    return new OrderDraft(
        slots.getOrDefault("id", ""),
        slots.get("contactId"),
        slots.get("name"),
        slots.containsKey("referral") ? Boolean.valueOf(slots.get("referral")) : null,
        slots.get("note"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "contactId", contactId);
    put(slots, "name", name);
    put(slots, "referral", referral == null ? null : referral.toString());
    put(slots, "note", note);
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  OrderDraft withContact(Contact contact) {
    return new OrderDraft(id, contact.id(), contact.name(), null, null);
  }

  OrderDraft withReferral(boolean value) {
    return new OrderDraft(id, contactId, name, value, note);
  }

  OrderDraft withNote(@Nullable String value) {
    return new OrderDraft(id, contactId, name, referral, value);
  }

  boolean broughtSomeone() {
    return Boolean.TRUE.equals(referral);
  }

  Order toOrder(UserId owner, Instant now) {
    return new Order(id, owner, contactId == null ? "" : contactId, now, broughtSomeone(), note);
  }
}
