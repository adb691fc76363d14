package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.i18n.BundleMessages;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

  /** Discord's rule for command and option names (lower case where the script has case). */
  private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

  private final List<SlashCommandData> commands = new SlashCommands(new BundleMessages()).all();

  @Test
  void offersACommandForEveryEntryPointOfTheDialogs() {
    assertThat(commands)
        .extracting(SlashCommandData::getName)
        .contains(
            "contact",
            "contacts",
            "touch",
            "checkin",
            "meeting",
            "noshow",
            "order",
            "today",
            "settings",
            "checklist",
            "event",
            "team",
            "join",
            "invite",
            "link",
            "help",
            "cancel",
            "start");
  }

  @Test
  void namesEveryCommandAndOptionValidlyInGermanAndRussian() {
    for (SlashCommandData command : commands) {
      for (DiscordLocale locale : List.of(DiscordLocale.GERMAN, DiscordLocale.RUSSIAN)) {
        String name = command.getNameLocalizations().get(locale);
        assertThat(name).as(command.getName()).matches(NAME).isEqualTo(name.toLowerCase());
        assertThat(command.getDescriptionLocalizations().get(locale))
            .as(command.getName())
            .isNotBlank()
            .hasSizeLessThanOrEqualTo(100);
        for (OptionData option : command.getOptions()) {
          assertThat(option.getNameLocalizations().get(locale)).matches(NAME);
        }
      }
    }
  }

  @Test
  void letsACheckInBePlannedInOneLine() {
    // when
    SlashCommandData checkin =
        commands.stream().filter(c -> c.getName().equals("checkin")).findFirst().orElseThrow();
    // then
    assertThat(checkin.getOptions())
        .extracting(OptionData::getName)
        .containsExactly("contact", "when");
  }
}
