package followthrough.discord;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.components.selections.StringSelectInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.jspecify.annotations.Nullable;

/**
 * Maps Discord interactions to the engine's inputs. A server channel is its own conversation (chat
 * id = channel id); a DM's chat id is the user's id, which the engine reads as private. A slash
 * command becomes the engine's command with its option as the args; {@code /checkin} with a {@code
 * when} yields a second input, the when as the next answer. Stateless.
 */
final class EventMapper {

  /** The options whose value is a command's args, in the order they are looked for. */
  private static final List<String> ARG_OPTIONS = List.of("contact", "name", "search", "code");

  /** The conversation of an interaction. */
  static ConversationKey key(Interaction interaction) {
    String user = interaction.getUser().getId();
    String channel = interaction.getChannelId();
    boolean server = interaction.isFromGuild() && channel != null;
    return new ConversationKey(Platform.DISCORD, server ? channel : user, user);
  }

  /** The user's Discord language, for example {@code de} or {@code en-US}. */
  static String language(Interaction interaction) {
    return interaction.getUserLocale().getLocale();
  }

  /** The inputs of a slash command, in order; the second only when the first leaves a question. */
  static List<Inbound> slash(SlashCommandInteraction event) {
    ConversationKey key = key(event);
    String language = language(event);
    String name = event.getName();
    List<Inbound> inputs = new ArrayList<>();
    inputs.add(new Inbound(key, language, new Input.Command(name, args(event)), null));
    String when = option(event, "when");
    if (name.equals("checkin") && !args(event).isBlank() && when != null && !when.isBlank()) {
      inputs.add(new Inbound(key, language, new Input.Text(when), null));
    }
    return inputs;
  }

  /** The engine's args of a slash command: a subcommand ({@code /team digest}) or an option. */
  static String args(SlashCommandInteraction event) {
    String sub = event.getSubcommandName();
    if (sub != null) {
      return sub.equals("overview") ? "" : sub;
    }
    for (String option : ARG_OPTIONS) {
      String value = option(event, option);
      if (value != null) {
        return value.strip();
      }
    }
    return "";
  }

  /** A press of one of the engine's buttons, or empty for a component that is not a choice. */
  static Optional<Inbound> pressed(ButtonInteraction event) {
    return ComponentIds.choiceValue(event.getComponentId())
        .map(v -> Inbound.pressed(key(event), language(event), v, event.getMessageId()));
  }

  /** A choice picked from a select menu, like a press of its button. */
  static Optional<Inbound> selected(StringSelectInteraction event) {
    return event.getValues().stream()
        .findFirst()
        .flatMap(ComponentIds::choiceValue)
        .map(v -> Inbound.pressed(key(event), language(event), v, event.getMessageId()));
  }

  /** The answer typed into the answer form, as if it had been written in the chat. */
  static Inbound answered(ModalInteraction event) {
    ModalMapping field = event.getValue(ComponentIds.ANSWER_FIELD);
    String text = field == null ? "" : field.getAsString();
    return new Inbound(key(event), language(event), new Input.Text(text), null);
  }

  /** A line written in the user's DM with the bot. */
  static Inbound written(String userId, String content) {
    return Inbound.typed(new ConversationKey(Platform.DISCORD, userId, userId), null, content);
  }

  private static @Nullable String option(SlashCommandInteraction event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? null : option.getAsString();
  }

  private EventMapper() {}
}
