package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Platform;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.components.selections.StringSelectInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.junit.jupiter.api.Test;

class EventMapperTest {

  @Test
  void makesAServerChannelItsOwnConversation() {
    // given
    SlashCommandInteraction event = slash("today", true);
    // when
    ConversationKey key = EventMapper.key(event);
    // then
    assertThat(key).isEqualTo(new ConversationKey(Platform.DISCORD, "700", "42"));
    assertThat(key.isPrivate()).isFalse();
  }

  @Test
  void makesADirectMessageThePrivateConversationOfTheUser() {
    // given
    SlashCommandInteraction event = slash("today", false);
    // when
    ConversationKey key = EventMapper.key(event);
    // then
    assertThat(key.isPrivate()).isTrue();
    assertThat(key.chatId()).isEqualTo("42");
  }

  @Test
  void passesTheUsersDiscordLanguage() {
    // when
    List<Inbound> inputs = EventMapper.slash(slash("today", true));
    // then
    assertThat(inputs).singleElement().satisfies(i -> assertThat(i.languageCode()).isEqualTo("de"));
  }

  @Test
  void mapsASlashCommandWithAContactToTheCommandWithTheNameAsArgs() {
    // given
    SlashCommandInteraction event = slash("touch", true);
    option(event, "contact", "  Anna Maria ");
    // when
    List<Inbound> inputs = EventMapper.slash(event);
    // then
    assertThat(inputs)
        .extracting(Inbound::input)
        .containsExactly(new Input.Command("touch", "Anna Maria"));
  }

  @Test
  void feedsTheWhenOfACheckInAsTheNextAnswer() {
    // given
    SlashCommandInteraction event = slash("checkin", true);
    option(event, "contact", "Anna");
    option(event, "when", "tomorrow 10:00");
    // when
    List<Inbound> inputs = EventMapper.slash(event);
    // then
    assertThat(inputs)
        .extracting(Inbound::input)
        .containsExactly(new Input.Command("checkin", "Anna"), new Input.Text("tomorrow 10:00"));
  }

  @Test
  void ignoresAWhenWithoutAContact() {
    // given
    SlashCommandInteraction event = slash("checkin", true);
    option(event, "when", "tomorrow 10:00");
    // when / then
    assertThat(EventMapper.slash(event))
        .extracting(Inbound::input)
        .containsExactly(new Input.Command("checkin", ""));
  }

  @Test
  void mapsTeamSubcommandsToTheTeamCommandsArgs() {
    // given
    SlashCommandInteraction digest = slash("team", true);
    when(digest.getSubcommandName()).thenReturn("digest");
    SlashCommandInteraction overview = slash("team", true);
    when(overview.getSubcommandName()).thenReturn("overview");
    // when / then
    assertThat(EventMapper.args(digest)).isEqualTo("digest");
    assertThat(EventMapper.args(overview)).isEmpty();
  }

  @Test
  void mapsJoinToTheJoinCommandWithTheCode() {
    // given
    SlashCommandInteraction event = slash("join", true);
    option(event, "code", "K7Q-2MX");
    // when / then
    assertThat(EventMapper.slash(event))
        .extracting(Inbound::input)
        .containsExactly(new Input.Command("join", "K7Q-2MX"));
  }

  @Test
  void mapsAPressedChoiceToItsValueAndTheMessageToEdit() {
    // given
    ButtonInteraction event = user(mock(ButtonInteraction.class), true);
    when(event.getComponentId()).thenReturn(ComponentIds.choice(3, "nudge:done:7"));
    when(event.getMessageId()).thenReturn("555");
    // when
    Inbound pressed = EventMapper.pressed(event).orElseThrow();
    // then
    assertThat(pressed.input()).isEqualTo(new Input.Button("nudge:done:7"));
    assertThat(pressed.messageRef()).isEqualTo("555");
  }

  @Test
  void mapsAChoicePickedFromAMenuLikeAPress() {
    // given
    StringSelectInteraction event = user(mock(StringSelectInteraction.class), true);
    when(event.getValues()).thenReturn(List.of(ComponentIds.choice(27, "open:c27")));
    when(event.getMessageId()).thenReturn("556");
    // when
    Inbound picked = EventMapper.selected(event).orElseThrow();
    // then
    assertThat(picked.input()).isEqualTo(new Input.Button("open:c27"));
    assertThat(picked.messageRef()).isEqualTo("556");
  }

  @Test
  void takesTheAnswerFormsTextAsTyped() {
    // given
    ModalInteraction event = user(mock(ModalInteraction.class), true);
    ModalMapping field = mock(ModalMapping.class);
    when(field.getAsString()).thenReturn("*_[Anna]_* 😀");
    when(event.getValue(ComponentIds.ANSWER_FIELD)).thenReturn(field);
    // when
    Inbound answered = EventMapper.answered(event);
    // then
    assertThat(answered.input()).isEqualTo(new Input.Text("*_[Anna]_* 😀"));
  }

  @Test
  void readsALineWrittenInADirectMessageAsTyped() {
    // when
    Inbound line = EventMapper.written("42", "/contact Anna");
    // then
    assertThat(line.key().isPrivate()).isTrue();
    assertThat(line.input()).isEqualTo(new Input.Command("contact", "Anna"));
  }

  private static SlashCommandInteraction slash(String name, boolean inServer) {
    SlashCommandInteraction event = user(mock(SlashCommandInteraction.class), inServer);
    when(event.getName()).thenReturn(name);
    return event;
  }

  private static void option(SlashCommandInteraction event, String name, String value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getAsString()).thenReturn(value);
    when(event.getOption(name)).thenReturn(option);
  }

  private static <T extends Interaction> T user(T event, boolean inServer) {
    User user = mock(User.class);
    when(user.getId()).thenReturn("42");
    when(event.getUser()).thenReturn(user);
    when(event.isFromGuild()).thenReturn(inServer);
    when(event.getChannelId()).thenReturn(inServer ? "700" : "800");
    when(event.getUserLocale()).thenReturn(DiscordLocale.GERMAN);
    return event;
  }
}
