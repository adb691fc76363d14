/**
 * The guided dialogue behind {@code /today}: the day's agenda in the user's zone (overdue and due
 * check-ins, today's meetings, customers gone quiet), each item with buttons to settle it; the
 * dialog stays open so that the buttons keep working until the user moves on.
 */
@NullMarked
package followthrough.core.dialogs.today;

import org.jspecify.annotations.NullMarked;
