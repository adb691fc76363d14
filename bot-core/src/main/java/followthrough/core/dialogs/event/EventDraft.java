package followthrough.core.dialogs.event;

import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The event being planned, as far as the user has answered, or the event whose registrations are
 * being added ({@code id} then names a stored event). The id is chosen when planning starts, so
 * that saving twice stores one event.
 */
record EventDraft(
    String id,
    @Nullable String title,
    @Nullable Instant at,
    @Nullable String place,
    @Nullable Integer capacity,
    @Nullable String fee) {

  static EventDraft start(String id) {
    return new EventDraft(id, null, null, null, null, null);
  }

  static EventDraft fromSlots(Map<String, String> slots) {
    return new EventDraft(
        slots.getOrDefault("id", ""),
        slots.get("title"),
        slots.containsKey("at") ? Instant.parse(slots.get("at")) : null,
        slots.get("place"),
        slots.containsKey("capacity") ? Integer.valueOf(slots.get("capacity")) : null,
        slots.get("fee"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "title", title);
    put(slots, "at", at == null ? null : at.toString());
    put(slots, "place", place);
    put(slots, "capacity", capacity == null ? null : capacity.toString());
    put(slots, "fee", fee);
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  EventDraft withTitle(String value) {
    return new EventDraft(id, value, at, place, capacity, fee);
  }

  EventDraft withAt(Instant value) {
    return new EventDraft(id, title, value, place, capacity, fee);
  }

  EventDraft withPlace(@Nullable String value) {
    return new EventDraft(id, title, at, value, capacity, fee);
  }

  EventDraft withCapacity(@Nullable Integer value) {
    return new EventDraft(id, title, at, place, value, fee);
  }

  EventDraft withFee(@Nullable String value) {
    return new EventDraft(id, title, at, place, capacity, value);
  }

  String titleOrEmpty() {
    return title == null ? "" : title;
  }

  GroupEvent toEvent(UserId owner, Instant now) {
    return new GroupEvent(
        id,
        owner,
        titleOrEmpty(),
        at == null ? now : at,
        place,
        capacity,
        fee,
        GroupEvent.Status.PLANNED,
        List.of(),
        now);
  }
}
