/**
 * The guided dialogue behind {@code /start}: the greeting, the first step to take, and, when the
 * user's time zone is not known yet, the one question for it (a city, a zone or an offset, or
 * skip).
 */
@NullMarked
package followthrough.core.dialogs.start;

import org.jspecify.annotations.NullMarked;
