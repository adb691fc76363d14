/**
 * {@code /link}: joins a user's identities on two platforms through a one-time code, so that both
 * see the same contacts and plans.
 */
@NullMarked
package followthrough.core.dialogs.link;

import org.jspecify.annotations.NullMarked;
