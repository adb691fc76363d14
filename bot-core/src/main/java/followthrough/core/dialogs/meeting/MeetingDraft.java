package followthrough.core.dialogs.meeting;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The meeting being planned, as far as the user has answered. The id is chosen when the dialog
 * starts, so that saving twice (a repeated button press) stores one meeting.
 *
 * @param day the day, kept while the time is asked for
 * @param place where or how, a {@link MeetingPhrases} token or the user's words, or null
 */
record MeetingDraft(
    String id,
    @Nullable String contactId,
    @Nullable String name,
    @Nullable LocalDate day,
    @Nullable Instant at,
    @Nullable String place) {

  static MeetingDraft start(String id) {
    return new MeetingDraft(id, null, null, null, null, null);
  }

  static MeetingDraft fromSlots(Map<String, String> slots) {
    return new MeetingDraft(
        slots.getOrDefault("id", ""),
        slots.get("contactId"),
        slots.get("name"),
        slots.containsKey("day") ? LocalDate.parse(slots.get("day")) : null,
        slots.containsKey("at") ? Instant.parse(slots.get("at")) : null,
        slots.get("place"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "contactId", contactId);
    put(slots, "name", name);
    put(slots, "day", day == null ? null : day.toString());
    put(slots, "at", at == null ? null : at.toString());
    put(slots, "place", place);
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  MeetingDraft withContact(Contact contact) {
    return new MeetingDraft(id, contact.id(), contact.name(), day, at, place);
  }

  MeetingDraft withDay(LocalDate value) {
    return new MeetingDraft(id, contactId, name, value, at, place);
  }

  MeetingDraft withAt(Instant value) {
    return new MeetingDraft(id, contactId, name, day, value, place);
  }

  MeetingDraft withPlace(@Nullable String value) {
    return new MeetingDraft(id, contactId, name, day, at, value);
  }

  String nameOrEmpty() {
    return name == null ? "" : name;
  }

  Meeting toMeeting(UserId owner, Instant now) {
    return Meeting.planned(
        id, owner, contactId == null ? "" : contactId, at == null ? now : at, place, now);
  }
}
