/**
 * The dialog contract and its runtime types: a {@link followthrough.core.dialog.Dialog} is a step
 * machine that computes the next {@link followthrough.core.dialog.Turn} from the context, its saved
 * {@link followthrough.core.dialog.DialogState} and the input; the registry finds dialogs by id and
 * by command.
 */
@NullMarked
package followthrough.core.dialog;

import org.jspecify.annotations.NullMarked;
