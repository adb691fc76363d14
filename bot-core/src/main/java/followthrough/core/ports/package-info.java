/**
 * Interfaces the core needs from the outside world: stores for dialog state, contacts and profiles,
 * the gateway for proactive messages, and the id source. Every store keys a user's data by that
 * user.
 */
@NullMarked
package followthrough.core.ports;

import org.jspecify.annotations.NullMarked;
