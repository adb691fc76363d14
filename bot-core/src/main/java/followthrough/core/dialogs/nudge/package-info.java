/**
 * The buttons under the bot's reminders: {@code /nudge} acts on the follow-up or meeting a nudge is
 * about (done, not reached, snooze, reschedule; confirmed, cancelled, no-show) and edits the nudge
 * to show what was done.
 */
@NullMarked
package followthrough.core.dialogs.nudge;

import org.jspecify.annotations.NullMarked;
