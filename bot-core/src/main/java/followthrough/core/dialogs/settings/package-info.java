/**
 * The guided dialogue behind {@code /settings}: a menu showing the user's current language, time
 * zone, agenda hour, quiet hours, follow-up rhythm and when a customer counts as inactive, each
 * changed with buttons for common answers or typed text; and the "which time zone?" question that
 * {@code /start} asks too.
 */
@NullMarked
package followthrough.core.dialogs.settings;

import org.jspecify.annotations.NullMarked;
