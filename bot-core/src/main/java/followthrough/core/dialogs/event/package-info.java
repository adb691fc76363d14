/**
 * The {@code /event} dialogue: plan a group event, register contacts, mark prepayment and
 * confirmations, record attendance, and see the show-up forecast with its explanation.
 */
@NullMarked
package followthrough.core.dialogs.event;

import org.jspecify.annotations.NullMarked;
