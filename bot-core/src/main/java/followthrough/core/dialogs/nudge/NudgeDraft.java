package followthrough.core.dialogs.nudge;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the reschedule question remembers: the action (by name), the subject, and for a new meeting
 * after a missed one its id, chosen when asked, so a repeated answer stores one meeting.
 */
record NudgeDraft(NudgeAction action, String subjectId, @Nullable String newId) {

  private static final String ACTION = "action";
  private static final String SUBJECT = "subject";
  private static final String NEW_ID = "newId";

  static NudgeDraft fromSlots(Map<String, String> slots) {
    return new NudgeDraft(
        NudgeAction.valueOf(slots.get(ACTION)), slots.get(SUBJECT), slots.get(NEW_ID));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    slots.put(ACTION, action.name());
    slots.put(SUBJECT, subjectId);
    if (newId != null) {
      slots.put(NEW_ID, newId);
    }
    return slots;
  }
}
