/**
 * Telegram, on the TelegramBots library: {@link followthrough.telegram.TelegramBot#start} checks
 * the token, sets the command menu and receives updates by long polling or webhook; updates are
 * handled once each, per chat in order, on worker threads; replies and nudges pass one limiter
 * within Telegram's limits. No business rule lives here: dialogs and texts are in bot-core.
 */
@NullMarked
package followthrough.telegram;

import org.jspecify.annotations.NullMarked;
