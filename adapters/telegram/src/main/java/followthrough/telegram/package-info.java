/**
 * Telegram, on the TelegramBots library: maps updates to the engine's inbound messages and renders
 * its replies as messages with inline keyboards. This build has the module and its dependencies
 * only; the adapter itself comes with the Telegram work.
 */
@NullMarked
package followthrough.telegram;

import org.jspecify.annotations.NullMarked;
