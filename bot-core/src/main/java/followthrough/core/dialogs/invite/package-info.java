/** {@code /invite}: a sponsor's personal invite (a deep link or a code), and revoking it. */
@NullMarked
package followthrough.core.dialogs.invite;

import org.jspecify.annotations.NullMarked;
