package followthrough.core.dialogs.touch;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The touch being logged, as far as the user has answered. The id is chosen when the dialog starts
 * and the follow-ups' ids are derived from it, so that a repeated save stores nothing twice.
 *
 * @param rung the contact's rung when picked; decides whether satisfaction is asked
 * @param promise what the user promised, in their words, or null
 * @param promiseAt when the promise is due, or null
 */
record TouchDraft(
    String id,
    @Nullable String contactId,
    @Nullable String name,
    @Nullable Rung rung,
    Touch.@Nullable Channel channel,
    @Nullable Boolean reached,
    @Nullable Boolean satisfied,
    Touch.@Nullable Reason reason,
    @Nullable String reasonNote,
    @Nullable Reorder reorder,
    @Nullable String promise,
    @Nullable Instant promiseAt) {

  /** Whether the customer wants to order again; persisted by name. */
  enum Reorder {
    YES,
    NO,
    NOT_NOW
  }

  static TouchDraft start(String id) {
    return new TouchDraft(id, null, null, null, null, null, null, null, null, null, null, null);
  }

  static TouchDraft fromSlots(Map<String, String> slots) {
    return new TouchDraft(
        slots.getOrDefault("id", ""),
        slots.get("contactId"),
        slots.get("name"),
        value(slots, "rung").map(Rung::valueOf).orElse(null),
        value(slots, "channel").map(Touch.Channel::valueOf).orElse(null),
        value(slots, "reached").map(Boolean::valueOf).orElse(null),
        value(slots, "satisfied").map(Boolean::valueOf).orElse(null),
        value(slots, "reason").map(Touch.Reason::valueOf).orElse(null),
        slots.get("reasonNote"),
        value(slots, "reorder").map(Reorder::valueOf).orElse(null),
        slots.get("promise"),
        value(slots, "promiseAt").map(Instant::parse).orElse(null));
  }

  private static Optional<String> value(Map<String, String> slots, String key) {
    return Optional.ofNullable(slots.get(key));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    put(slots, "contactId", contactId);
    put(slots, "name", name);
    put(slots, "rung", rung);
    put(slots, "channel", channel);
    put(slots, "reached", reached);
    put(slots, "satisfied", satisfied);
    put(slots, "reason", reason);
    put(slots, "reasonNote", reasonNote);
    put(slots, "reorder", reorder);
    put(slots, "promise", promise);
    put(slots, "promiseAt", promiseAt);
    return slots;
  }

  private static void put(Map<String, String> slots, String key, @Nullable Object value) {
    if (value != null) {
      slots.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  TouchDraft withContact(Contact contact) {
    Map<String, String> slots = new HashMap<>();
    slots.put("id", id);
    slots.put("contactId", contact.id());
    slots.put("name", contact.name());
    slots.put("rung", contact.rung().name());
    return fromSlots(slots);
  }

  TouchDraft withChannel(Touch.Channel value) {
    return with("channel", value);
  }

  TouchDraft withReached(boolean value) {
    return with("reached", value);
  }

  TouchDraft withSatisfied(boolean value) {
    return with("satisfied", value);
  }

  TouchDraft withReason(Touch.Reason value, @Nullable String words) {
    return with("reason", value).with("reasonNote", words);
  }

  TouchDraft withReorder(Reorder value) {
    return with("reorder", value);
  }

  TouchDraft withPromise(@Nullable String words, @Nullable Instant at) {
    return with("promise", words).with("promiseAt", at);
  }

  /** This draft with one slot set (or removed, for null), as the slots would store it. */
  private TouchDraft with(String key, @Nullable Object value) {
    Map<String, String> slots = toSlots();
    slots.remove(key);
    put(slots, key, value);
    return fromSlots(slots);
  }

  boolean wasReached() {
    return Boolean.TRUE.equals(reached);
  }

  /**
   * The touch to store. "Not now" to a re-order leaves the question open (null), as when it was not
   * asked; the promise is kept as the touch's note.
   */
  Touch toTouch(UserId owner, Instant now) {
    return new Touch(
        id,
        owner,
        contactId == null ? "" : contactId,
        now,
        channel == null ? Touch.Channel.CALL : channel,
        wasReached(),
        satisfied,
        reason,
        reasonNote,
        reorder == null || reorder == Reorder.NOT_NOW ? null : reorder == Reorder.YES,
        promise);
  }

  /** The check-in the promise becomes, with an id derived from the touch's; empty without one. */
  Optional<FollowUp> toCheckIn(UserId owner, Instant now) {
    if (promise == null || promiseAt == null || contactId == null) {
      return Optional.empty();
    }
    return Optional.of(
        FollowUp.open(
            id + "-p", owner, contactId, FollowUp.Kind.CHECK_IN, null, promiseAt, promise, now));
  }

  /** The id of the next touch suggested after this one. */
  String nextTouchId() {
    return id + "-n";
  }

  /** Whether a follow-up was planned by this very touch (a repeated save must not tick it off). */
  boolean planned(FollowUp followUp) {
    return followUp.id().startsWith(id + "-");
  }
}
