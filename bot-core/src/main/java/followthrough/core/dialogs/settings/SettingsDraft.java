package followthrough.core.dialogs.settings;

import java.util.HashMap;
import java.util.Map;

/**
 * What the settings menu remembers between turns: whether anything was saved since it opened, so
 * that closing it says the right thing. Each setting is saved the moment it is answered.
 */
record SettingsDraft(boolean changed) {

  private static final String CHANGED = "changed";

  static SettingsDraft fromSlots(Map<String, String> slots) {
    return new SettingsDraft(Boolean.parseBoolean(slots.get(CHANGED)));
  }

  Map<String, String> toSlots() {
    Map<String, String> slots = new HashMap<>();
    if (changed) {
      slots.put(CHANGED, "true");
    }
    return slots;
  }
}
