package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.i18n.BundleMessages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

class CommandMenuTest {

  private final CommandMenu menu =
      new CommandMenu(new BundleMessages(), List.of("contact", "today", "touch"));

  @Test
  void setsAnEnglishDefaultMenuAndOnesForGermanAndRussian() {
    // when
    List<SetMyCommands> calls = menu.calls();

    // then
    assertThat(calls).extracting(SetMyCommands::getLanguageCode).containsExactly(null, "de", "ru");
    assertThat(calls).allSatisfy(c -> assertThat(c.getScope().getType()).isEqualTo("default"));
    assertThat(calls.get(0).getCommands())
        .extracting(BotCommand::getCommand)
        .containsExactly("contact", "today", "touch", "help", "cancel");
  }

  @Test
  void describesEachCommandFromTheBundlesInTheMenusLanguage() {
    // when
    List<SetMyCommands> calls = menu.calls();

    // then
    assertThat(calls.get(0).getCommands().get(0).getDescription()).isEqualTo("log a contact");
    for (SetMyCommands call : calls) {
      assertThat(call.getCommands())
          .allSatisfy(
              c -> {
                assertThat(c.getDescription()).isNotBlank().doesNotContain("description");
                assertThat(c.getDescription()).doesNotStartWith("telegram.");
                assertThat(c.getDescription().length()).isLessThanOrEqualTo(256);
              });
    }
    assertThat(calls.get(1).getCommands().get(2).getDescription())
        .isEqualTo("Anruf, Nachricht oder Treffen erfassen");
    assertThat(calls.get(2).getCommands().get(3).getDescription()).isEqualTo("что я умею");
  }
}
