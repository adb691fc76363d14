package followthrough.core.dialogs.checkin;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The check-in being planned, as far as the user has answered. The id is chosen when the dialog
 * starts, so that saving twice (a repeated button press) stores one follow-up.
 *
 * @param lastTouch the last touch of a prospect, when the check-in came too soon after it
 * @param suggested the first fine slot a week after {@code lastTouch}, offered instead
 */
record CheckInDraft(
    String id,
    @Nullable String contactId,
    @Nullable String name,
    @Nullable Instant dueAt,
    @Nullable Instant lastTouch,
    @Nullable Instant suggested,
    FollowUp.@Nullable Channel channel,
    @Nullable String note) {

  static CheckInDraft start(String id) {
    return new CheckInDraft(id, null, null, null, null, null, null, null);
  }

  static CheckInDraft fromSlots(Map<String, String> slots) {
    return new CheckInDraft(
        slots.getOrDefault("id", ""),
        slots.get("contactId"),
        slots.get("name"),
        instant(slots.get("dueAt")),
        instant(slots.get("lastTouch")),
        instant(slots.get("suggested")),
        slots.containsKey("channel") ? FollowUp.Channel.valueOf(slots.get("channel")) : null,
        slots.get("note"));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "contactId", contactId);
    put(slots, "name", name);
    put(slots, "dueAt", dueAt == null ? null : dueAt.toString());
    put(slots, "lastTouch", lastTouch == null ? null : lastTouch.toString());
    put(slots, "suggested", suggested == null ? null : suggested.toString());
    put(slots, "channel", channel == null ? null : channel.name());
    put(slots, "note", note);
    return slots;
  }

  private static @Nullable Instant instant(@Nullable String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static void put(Map<String, String> slots, String key, @Nullable String value) {
    if (value != null) {
      slots.put(key, value);
    }
  }

  CheckInDraft withContact(Contact contact) {
    return new CheckInDraft(
        id, contact.id(), contact.name(), dueAt, lastTouch, suggested, channel, note);
  }

  CheckInDraft withDue(Instant value) {
    return new CheckInDraft(id, contactId, name, value, null, null, channel, note);
  }

  CheckInDraft withPace(Instant last, Instant fine) {
    return new CheckInDraft(id, contactId, name, dueAt, last, fine, channel, note);
  }

  CheckInDraft withChannel(FollowUp.Channel value) {
    return new CheckInDraft(id, contactId, name, dueAt, lastTouch, suggested, value, note);
  }

  CheckInDraft withNote(@Nullable String value) {
    return new CheckInDraft(id, contactId, name, dueAt, lastTouch, suggested, channel, value);
  }

  String nameOrEmpty() {
    return name == null ? "" : name;
  }

  FollowUp toFollowUp(UserId owner, Instant now) {
    return FollowUp.open(
        id,
        owner,
        contactId == null ? "" : contactId,
        FollowUp.Kind.CHECK_IN,
        channel,
        dueAt == null ? now : dueAt,
        note,
        now);
  }
}
