package followthrough.discord;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Outbound;
import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Discord's events on JDA's event thread and hands them on at once: slash commands, button
 * presses, menu picks and form submits to {@link InteractionTurns}, {@code /team channel} to {@link
 * TeamChannelCommand}, lines written in a DM to the engine on the user's lane. The answer button
 * opens the answer form directly (a form must be the first answer). Nothing thrown here escapes
 * into JDA: each handler catches and logs.
 */
final class DiscordListener extends ListenerAdapter {

  private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

  private final ConversationEngine engine;
  private final Messages messages;
  private final InteractionTurns turns;
  private final TeamChannelCommand team;
  private final UserLanes lanes;
  private final ReplyRenderer renderer = new ReplyRenderer();

  DiscordListener(
      ConversationEngine engine,
      Messages messages,
      InteractionTurns turns,
      TeamChannelCommand team,
      UserLanes lanes) {
    this.engine = engine;
    this.messages = messages;
    this.turns = turns;
    this.team = team;
    this.lanes = lanes;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    try {
      if (TeamChannelCommand.matches(event)) {
        turns.answer(event, () -> team.handle(event));
      } else {
        turns.run(event, EventMapper.slash(event));
      }
    } catch (RuntimeException e) {
      log.warn("Could not handle /{}", event.getName(), e);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    try {
      if (event.getComponentId().equals(ComponentIds.ANSWER)) {
        event.replyModal(answerForm(InteractionTurns.locale(event))).queue();
        return;
      }
      Optional<Inbound> pressed = EventMapper.pressed(event);
      if (pressed.isPresent()) {
        turns.run(event, List.of(pressed.get()));
      } else {
        event.deferEdit().queue();
      }
    } catch (RuntimeException e) {
      log.warn("Could not handle a button press", e);
    }
  }

  @Override
  public void onStringSelectInteraction(StringSelectInteractionEvent event) {
    try {
      Optional<Inbound> picked = EventMapper.selected(event);
      if (picked.isPresent()) {
        turns.run(event, List.of(picked.get()));
      } else {
        event.deferEdit().queue();
      }
    } catch (RuntimeException e) {
      log.warn("Could not handle a pick from a menu", e);
    }
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    try {
      if (event.getModalId().equals(ComponentIds.ANSWER_FORM)) {
        turns.run(event, List.of(EventMapper.answered(event)));
      }
    } catch (RuntimeException e) {
      log.warn("Could not handle a form", e);
    }
  }

  /** A line in a DM (no privileged intent needed: DM contents reach bots). */
  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    try {
      if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot()) {
        return;
      }
      String user = event.getAuthor().getId();
      Inbound line = EventMapper.written(user, event.getMessage().getContentRaw());
      MessageChannel channel = event.getChannel();
      lanes.submit(
          user,
          () -> ReplyRenderer.inParts(engine.handle(line)).forEach(out -> send(channel, out)));
    } catch (RuntimeException e) {
      log.warn("Could not handle a direct message", e);
    }
  }

  private void send(MessageChannel channel, Outbound out) {
    String ref = out.editMessageRef();
    if (ref != null) {
      channel.editMessageById(ref, renderer.edit(out, null)).queue(null, DiscordListener::failed);
    } else {
      channel.sendMessage(renderer.create(out, null)).queue(null, DiscordListener::failed);
    }
  }

  private Modal answerForm(Locale locale) {
    TextInput field =
        TextInput.create(ComponentIds.ANSWER_FIELD, TextInputStyle.PARAGRAPH)
            .setRequired(true)
            .setMaxLength(TextInput.MAX_VALUE_LENGTH)
            .build();
    return Modal.create(ComponentIds.ANSWER_FORM, text("discord.answer.title", locale))
        .addComponents(Label.of(text("discord.answer.field", locale), field))
        .build();
  }

  private String text(String key, Locale locale) {
    return messages.render(Phrase.of(key), locale);
  }

  private static void failed(Throwable error) {
    log.warn("Discord refused a message: {}", error.toString());
  }
}
