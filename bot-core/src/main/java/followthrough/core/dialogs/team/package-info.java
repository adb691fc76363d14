/**
 * {@code /team}: a sponsor's first line at a glance (activity facts only), leaving a sponsor,
 * removing a member, the digest on demand, and the buttons under a sponsor's nudge.
 */
@NullMarked
package followthrough.core.dialogs.team;

import org.jspecify.annotations.NullMarked;
