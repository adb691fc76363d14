/**
 * Discord, on JDA: slash commands, buttons and forms that drive the conversation engine, personal
 * nudges by direct message, and team channels that leaders set with {@code /team channel}. JDA
 * types stay inside this package; {@link followthrough.discord.DiscordBot#start} is the one entry.
 */
@NullMarked
package followthrough.discord;

import org.jspecify.annotations.NullMarked;
