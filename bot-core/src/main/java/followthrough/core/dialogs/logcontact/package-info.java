/**
 * The guided dialogue behind {@code /contact}: name, source, rung on the ladder, a reachable handle
 * (or a plain warning that nobody can reach a contact without one), an optional note, confirm and
 * save.
 */
@NullMarked
package followthrough.core.dialogs.logcontact;

import org.jspecify.annotations.NullMarked;
