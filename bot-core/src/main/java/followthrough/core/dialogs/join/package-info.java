/**
 * {@code /join <code>} (and {@code /start <code>}): confirming a sponsor and joining their line.
 */
@NullMarked
package followthrough.core.dialogs.join;

import org.jspecify.annotations.NullMarked;
