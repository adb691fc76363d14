/**
 * The guided dialogue behind {@code /order}: which contact ordered, whether they brought someone
 * along, an optional note of what (never an amount or a price), confirm; saving stores the order,
 * moves the contact up the ladder and plans the thank-you, the one after delivery and, for a first
 * purchase, the user's cadence of follow-ups.
 */
@NullMarked
package followthrough.core.dialogs.order;

import org.jspecify.annotations.NullMarked;
