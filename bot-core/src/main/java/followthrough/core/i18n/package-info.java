/**
 * Message bundles in English, German and Russian, the locale resolution of a turn (user's choice,
 * then the platform's language, then English), and the phrase type that dialogs return instead of
 * text.
 */
@NullMarked
package followthrough.core.i18n;

import org.jspecify.annotations.NullMarked;
