/**
 * The platform-neutral chat model and the engine: what arrives ({@link
 * followthrough.core.conversation.Inbound}), what goes out ({@link
 * followthrough.core.conversation.Outbound}), and {@link
 * followthrough.core.conversation.ConversationEngine}, which routes one turn to a dialog, saves its
 * state and renders the replies in the turn's language.
 */
@NullMarked
package followthrough.core.conversation;

import org.jspecify.annotations.NullMarked;
