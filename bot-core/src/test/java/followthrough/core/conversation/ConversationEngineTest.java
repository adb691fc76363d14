package followthrough.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.memory.InMemoryDialogStateStore;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

  private final ChatScript chat = ChatScript.withStandardDialogs();

  @Test
  void listsEveryCommandWithItsDescriptionInEveryLanguage() {
    for (String language : List.of("en", "de", "ru")) {
      // given
      ChatScript worded = ChatScript.withStandardDialogs(new BundleMessages()).language(language);
      // when
      worded.send("/help");
      // then
      String help = worded.replies().get(0).text();
      for (String command :
          List.of(
              "contact",
              "contacts",
              "touch",
              "checkin",
              "meeting",
              "noshow",
              "order",
              "today",
              "settings")) {
        assertThat(help).as(language).contains("/" + command + " – ");
      }
      assertThat(help).as(language).doesNotContain("command.").doesNotContain("/start");
      assertThat(help).as(language).doesNotContain("/nudge"); // only its buttons start it
    }
  }

  @Test
  void answersTextOutsideADialogWithAHint() {
    assertThat(chat.send("hello").keys()).containsExactly("engine.idle");
  }

  @Test
  void explainsAnUnknownCommandAndKeepsTheDialog() {
    // given
    chat.send("/contact");
    // when
    chat.send("/dance");
    // then
    assertThat(chat.keys()).containsExactly("engine.command.unknown");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void saysWhenThereIsNothingToCancel() {
    assertThat(chat.send("/cancel").keys()).containsExactly("engine.cancel.none");
  }

  @Test
  void endsADialogIdleForADayAndSaysSo() {
    // given
    chat.send("/contact").send("Anna");
    chat.clock.advance(Duration.ofHours(24));
    // when
    chat.send("a friend");
    // then
    assertThat(chat.keys()).containsExactly("engine.dialog.expired");
    assertThat(chat.step()).isNull();
  }

  @Test
  void keepsADialogThatWasIdleForLessThanADay() {
    // given
    chat.send("/contact").send("Anna");
    chat.clock.advance(Duration.ofHours(23));
    // when
    chat.send("a friend");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.ask.rung");
  }

  @Test
  void restartsADialogSavedUnderOlderStepsPolitely() {
    // given
    Instant now = chat.clock.instant();
    chat.states.save(
        new DialogState(
            chat.key(),
            "logcontact",
            0,
            "WHO",
            Map.of("x", "y"),
            0,
            now,
            now.plus(Duration.ofHours(1))));
    // when
    chat.send("Anna");
    // then
    assertThat(chat.keys()).containsExactly("engine.dialog.restarted", "logcontact.ask.name");
    assertThat(chat.step()).isEqualTo("NAME");
  }

  @Test
  void dropsTheStateOfADialogThatNoLongerExists() {
    // given
    Instant now = chat.clock.instant();
    chat.states.save(
        new DialogState(chat.key(), "retired", 1, "ANY", Map.of(), 0, now, now.plusSeconds(60)));
    // when
    chat.send("hello");
    // then
    assertThat(chat.keys()).containsExactly("engine.dialog.gone");
    assertThat(chat.step()).isNull();
  }

  @Test
  void apologisesForAFailingTurnAndKeepsTheDialogWhereItWas() {
    // given
    ChatScript failing = ChatScript.with(new InMemoryDialogStateStore(), new FailsOnSecondStep());
    failing.send("/boom");
    DialogState before = failing.states.load(failing.key()).orElseThrow();
    // when
    failing.send("anything");
    // then
    assertThat(failing.keys()).containsExactly("engine.error");
    assertThat(failing.states.load(failing.key())).contains(before);
  }

  @Test
  void letsOnlyOneOfTwoRacingTurnsWin() {
    // given: the store lets a second turn slip in between this turn's load and save
    RacingStore store = new RacingStore();
    ChatScript racing = ChatScript.with(store, new FailsOnSecondStep());
    racing.send("/boom");
    store.interleave = () -> racing.engine.handle(Inbound.typed(racing.key(), "en", "/boom"));
    // when
    racing.send("/boom");
    // then
    assertThat(racing.keys()).containsExactly("engine.conflict");
    assertThat(racing.states.load(racing.key()).orElseThrow().revision()).isEqualTo(2);
  }

  @Test
  void runsACommandCarriedByAButton() {
    // when
    chat.press("/contact");
    // then
    assertThat(chat.keys()).containsExactly("logcontact.ask.name");
  }

  @Test
  void speaksTheUsersPlatformLanguageAndFallsBackToEnglish() {
    // given
    ChatScript worded = ChatScript.withStandardDialogs(new BundleMessages());
    // when / then
    assertThat(worded.language("de-AT").send("/contact").replies().get(0).text())
        .isEqualTo("Wer ist es? Schick mir den Namen.");
    assertThat(worded.language("ru").send("/cancel").replies().get(0).text())
        .isEqualTo("Отменено. Ничего не сохранено.");
    assertThat(worded.language("fr").send("/cancel").replies().get(0).text())
        .isEqualTo("There is nothing to cancel.");
    assertThat(worded.language(null).send("/cancel").replies().get(0).text())
        .isEqualTo("There is nothing to cancel.");
  }

  @Test
  void prefersTheLanguageTheUserChoseOverThePlatformsLanguage() {
    // given
    ChatScript worded = ChatScript.withStandardDialogs(new BundleMessages());
    UserIdHolder.save(worded, "ru");
    // when
    worded.language("de").send("/cancel");
    // then
    assertThat(worded.replies().get(0).text()).isEqualTo("Отменять нечего.");
  }

  @Test
  void remembersTheUsersPrivateChatForMessagesItSendsFirst() {
    // when
    chat.send("hello");
    // then
    assertThat(chat.profiles.find(chat.key().user()).orElseThrow().address())
        .isEqualTo(Fixtures.key("1001").address().toChatAddress());
  }

  @Test
  void makesTheChatReachableAgainWhenTheUserWrites() {
    // given: nudges found the chat unreachable (the user had blocked the bot)
    chat.send("hello");
    var profile = chat.profiles.find(chat.key().user()).orElseThrow();
    chat.profiles.save(profile.withAddress(profile.address().markedUnreachable()));
    // when
    chat.send("/help");
    // then
    assertThat(chat.profiles.find(chat.key().user()).orElseThrow().address().unreachable())
        .isFalse();
  }

  @Test
  void doesNotTakeAGroupChatAsTheAddressForPersonalMessages() {
    // given
    chat.send("hello");
    ConversationKey group = new ConversationKey(Platform.TELEGRAM, "-100200", "1001");
    // when
    chat.engine.handle(Inbound.typed(group, "en", "/help"));
    // then
    assertThat(chat.profiles.find(chat.key().user()).orElseThrow().address().chatId())
        .isEqualTo("1001");
  }

  @Test
  void takesADiscordUsersDirectMessagesAsTheirAddressWhenTheyWriteInAServerChannel() {
    // given
    ConversationKey channel = new ConversationKey(Platform.DISCORD, "channel-7", "user-9");
    // when
    chat.engine.handle(Inbound.typed(channel, "en", "/help"));
    // then
    assertThat(chat.profiles.find(channel.user()).orElseThrow().address())
        .isEqualTo(new ConversationAddress(Platform.DISCORD, "user-9").toChatAddress());
  }

  @Test
  void saysWhetherADialogWaitsForTheUsersNextInput() {
    // given
    chat.send("/contact");
    boolean waiting = chat.engine.awaitsInput(chat.key());
    // when
    chat.send("/cancel");
    // then
    assertThat(waiting).isTrue();
    assertThat(chat.engine.awaitsInput(chat.key())).isFalse();
  }

  @Test
  void doesNotCountAnExpiredDialogAsWaiting() {
    // given
    chat.send("/contact");
    // when
    chat.clock.advance(Duration.ofHours(25));
    // then
    assertThat(chat.engine.awaitsInput(chat.key())).isFalse();
  }

  /** Saves a chosen language for the script's user. */
  private static final class UserIdHolder {
    static void save(ChatScript chat, String language) {
      chat.send("/help");
      chat.profiles.save(
          chat.profiles.find(chat.key().user()).orElseThrow().withChosenLanguage(language));
    }
  }

  /** A dialog whose second step always fails, to test the engine's failure handling. */
  private static final class FailsOnSecondStep implements Dialog {
    enum Step {
      FIRST
    }

    @Override
    public String id() {
      return "boom";
    }

    @Override
    public int version() {
      return 1;
    }

    @Override
    public List<String> commands() {
      return List.of("boom");
    }

    @Override
    public List<String> steps() {
      return List.of("FIRST");
    }

    @Override
    public Turn start(TurnContext ctx, String args) {
      return Turn.ask(Step.FIRST, Map.of("n", "1"), Reply.key("boom.first"));
    }

    @Override
    public Turn onInput(TurnContext ctx, DialogState state, Input input) {
      throw new IllegalStateException("the second step always fails");
    }
  }

  /** A memory store that runs another turn right after a load, once. */
  private static final class RacingStore implements DialogStateStore {
    private final InMemoryDialogStateStore inner = new InMemoryDialogStateStore();
    Runnable interleave;

    @Override
    public Optional<DialogState> load(ConversationKey key) {
      Optional<DialogState> loaded = inner.load(key);
      Runnable other = interleave;
      interleave = null;
      if (other != null) {
        other.run();
      }
      return loaded;
    }

    @Override
    public DialogState save(DialogState state) {
      return inner.save(state);
    }

    @Override
    public void delete(ConversationKey key, long revision) {
      inner.delete(key, revision);
    }

    @Override
    public int deleteExpired(Instant now) {
      return inner.deleteExpired(now);
    }
  }
}
