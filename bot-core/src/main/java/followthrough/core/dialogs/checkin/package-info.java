/**
 * The guided dialogue behind {@code /checkin}, "say what you'll do": who, when (a day without a
 * time takes the user's agenda hour), how (phone, message, in person), an optional note, confirm
 * and save an open check-in; a check-in with a lead sooner than a week after the last touch gets a
 * kind word on the pace and the choice to keep it or move it.
 */
@NullMarked
package followthrough.core.dialogs.checkin;

import org.jspecify.annotations.NullMarked;
