/**
 * Meetings with contacts: planning, the reminders the day before and two hours before, no-shows
 * recorded without blame, and each contact's reliability (meetings kept of those planned).
 */
@NullMarked
package followthrough.core.domain.meeting;

import org.jspecify.annotations.NullMarked;
