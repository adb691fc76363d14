package followthrough.core.dialogs.noshow;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The no-show being recorded and the meeting that may replace it. The new meeting's id is chosen
 * when the dialog starts, so that a repeated answer stores one new meeting.
 *
 * @param newId the id of the rescheduled meeting, if there will be one
 * @param contactId the contact, once known (while picking: whose meetings are offered)
 * @param missedId the meeting marked as a no-show, once recorded
 * @param place where or how the missed meeting was to happen; the new one keeps it
 * @param day the new day, kept while the time is asked for
 */
record NoShowDraft(
    String newId,
    @Nullable String contactId,
    @Nullable String name,
    @Nullable String missedId,
    @Nullable String place,
    @Nullable LocalDate day) {

  static NoShowDraft start(String newId) {
    return new NoShowDraft(newId, null, null, null, null, null);
  }

  static NoShowDraft fromSlots(Map<String, String> slots) {
    return new NoShowDraft(
        slots.getOrDefault("newId", ""),
        slots.get("contactId"),
        slots.get("name"),
        slots.get("missedId"),
        slots.get("place"),
        slots.containsKey("day") ? LocalDate.parse(slots.get("day")) : null);
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("newId", newId);
    put(slots, "contactId", contactId);
    put(slots, "name", name);
    put(slots, "missedId", missedId);
    put(slots, "place", place);
    put(slots, "day", day == null ? null : day.toString());
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  NoShowDraft withContact(Contact contact) {
    return new NoShowDraft(newId, contact.id(), contact.name(), missedId, place, day);
  }

  NoShowDraft withMissed(Meeting missed, String contactName) {
    return new NoShowDraft(
        newId, missed.contactId(), contactName, missed.id(), missed.place(), day);
  }

  NoShowDraft withDay(LocalDate value) {
    return new NoShowDraft(newId, contactId, name, missedId, place, value);
  }

  String nameOrEmpty() {
    return name == null ? "" : name;
  }

  /** The new planned meeting at {@code at}, in place of the missed one. */
  Meeting rescheduled(UserId owner, Instant at, Instant now) {
    return Meeting.planned(newId, owner, contactId == null ? "" : contactId, at, place, now);
  }
}
