package followthrough.core.dialogs.today;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the open agenda remembers between turns: the follow-up whose new date is being asked, if
 * any. Everything else is read fresh from the stores on every press.
 *
 * @param rescheduling the id of the follow-up being rescheduled, or null
 */
record TodayDraft(@Nullable String rescheduling) {

  private static final String RESCHEDULING = "rs";

  static TodayDraft none() {
    return new TodayDraft(null);
  }

  static TodayDraft fromSlots(Map<String, String> slots) {
    return new TodayDraft(slots.get(RESCHEDULING));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    if (rescheduling != null) {
      slots.put(RESCHEDULING, rescheduling);
    }
    return slots;
  }

  TodayDraft rescheduling(String followUpId) {
    return new TodayDraft(followUpId);
  }
}
