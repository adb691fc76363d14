/**
 * The user's own profile: chosen language, time zone and the chat address the bot may write to
 * first.
 */
@NullMarked
package followthrough.core.domain.user;

import org.jspecify.annotations.NullMarked;
