package followthrough.core.dialogs.start;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@code /start} keeps while it asks for the time zone: the deep-link payload that came with
 * it ({@code /start <code>}), a sponsor's invite: offered to join when an invite reader is wired.
 *
 * @param payload the text after {@code /start}, possibly empty
 */
record StartDraft(String payload) {

  private static final String PAYLOAD = "payload";

  static StartDraft fromSlots(Map<String, String> slots) {
    return new StartDraft(slots.getOrDefault(PAYLOAD, ""));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    if (!payload.isEmpty()) {
      slots.put(PAYLOAD, payload);
    }
    return slots;
  }
}
