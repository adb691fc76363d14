package followthrough.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import followthrough.core.conversation.Outbound;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

class InteractionReplyTest {

  private final ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
  private final MessageEditCallbackAction editAction =
      mock(MessageEditCallbackAction.class, RETURNS_SELF);
  private final InteractionHook hook = mock(InteractionHook.class);

  @SuppressWarnings("unchecked")
  private final WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> followUp =
      mock(WebhookMessageCreateAction.class, RETURNS_SELF);

  @SuppressWarnings("unchecked")
  private final WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> originalEdit =
      mock(WebhookMessageEditAction.class, RETURNS_SELF);

  @Test
  void answersInTimeDirectlyAndEphemerallyInAServer() {
    // given
    SlashCommandInteractionEvent event = slash(true);
    InteractionReply reply = new InteractionReply(event, new ReplyRenderer());
    // when
    reply.send(List.of(Outbound.text("Hello")), null);
    reply.deferIfSilent();
    // then
    verify(event).reply(any(MessageCreateData.class));
    verify(replyAction).setEphemeral(true);
    verify(event, never()).deferReply(anyBoolean());
  }

  @Test
  void defersWhenTheEngineIsSlowAndThenCompletesThroughTheHook() {
    // given
    SlashCommandInteractionEvent event = slash(true);
    InteractionReply reply = new InteractionReply(event, new ReplyRenderer());
    // when
    reply.deferIfSilent();
    reply.send(List.of(Outbound.text("Hello"), Outbound.text("More")), null);
    // then
    verify(event).deferReply(true);
    verify(event, never()).reply(any(MessageCreateData.class));
    verify(hook, org.mockito.Mockito.times(2)).sendMessage(any(MessageCreateData.class));
  }

  @Test
  void editsThePressedMessageWhenTheEngineSaysSo() {
    // given
    ButtonInteractionEvent event = button();
    InteractionReply reply = new InteractionReply(event, new ReplyRenderer());
    // when
    reply.send(List.of(new Outbound("Done", List.of(), "555")), null);
    // then
    verify(event).editMessage(any(MessageEditData.class));
  }

  @Test
  void editsThePressedMessageThroughTheHookAfterDeferring() {
    // given
    ButtonInteractionEvent event = button();
    InteractionReply reply = new InteractionReply(event, new ReplyRenderer());
    // when
    reply.deferIfSilent();
    reply.send(List.of(new Outbound("Done", List.of(), "555")), null);
    // then
    verify(event).deferEdit();
    verify(hook).editOriginal(any(MessageEditData.class));
  }

  private SlashCommandInteractionEvent slash(boolean inServer) {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    when(event.isFromGuild()).thenReturn(inServer);
    when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);
    when(event.deferReply(anyBoolean())).thenReturn(replyAction);
    when(event.getHook()).thenReturn(hook);
    when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
    return event;
  }

  private ButtonInteractionEvent button() {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    when(event.isFromGuild()).thenReturn(true);
    when(event.editMessage(any(MessageEditData.class))).thenReturn(editAction);
    when(event.deferEdit()).thenReturn(editAction);
    when(event.getHook()).thenReturn(hook);
    when(hook.editOriginal(any(MessageEditData.class))).thenReturn(originalEdit);
    return event;
  }
}
