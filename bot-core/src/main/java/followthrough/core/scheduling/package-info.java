/**
 * Scheduled work as plain jobs with an idempotent {@code runOnce()}, called by the application's
 * scheduler and by the terminal chat's {@code :tick}.
 */
@NullMarked
package followthrough.core.scheduling;

import org.jspecify.annotations.NullMarked;
