/**
 * Promised follow-ups and the rules around them: the cadence after a first contact or purchase (3
 * days, 3 weeks, 3 months by default), carry-over of a contact that was not reached, snoozing, and
 * the day's agenda.
 */
@NullMarked
package followthrough.core.domain.followup;

import org.jspecify.annotations.NullMarked;
