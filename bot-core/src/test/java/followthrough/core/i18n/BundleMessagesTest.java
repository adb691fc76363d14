package followthrough.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundleMessagesTest {

  private final BundleMessages messages = new BundleMessages();

  @Test
  void insertsArgumentsWithoutInterpretingThem() {
    // when
    String text =
        messages.render(Phrase.of("logcontact.saved", "name", "{name} $1 '' \\"), Locale.ENGLISH);
    // then
    assertThat(text).isEqualTo("Saved {name} $1 '' \\.");
  }

  @Test
  void rendersNestedPhrasesListsAndDatesInTheTurnsLanguage() {
    // given
    Phrase lines =
        Phrase.of(
            "engine.help.commands",
            "list",
            List.of(Phrase.of("contact.rung.PROSPECT"), Phrase.verbatim("x")));
    // when / then
    assertThat(messages.render(lines, Locale.GERMAN)).isEqualTo("Interessent\nx");
    assertThat(
            messages.render(
                Phrase.of("contact.card", "added", LocalDate.of(2026, 3, 2)),
                SupportedLocales.RUSSIAN))
        .contains("Добавлен: 2 мар. 2026");
  }

  @Test
  void showsTheKeyOfAMissingTextInsteadOfFailing() {
    assertThat(messages.render(Phrase.of("no.such.key"), Locale.GERMAN)).isEqualTo("no.such.key");
  }

  @Test
  void resolvesLanguageCodesToSupportedLocales() {
    assertThat(SupportedLocales.resolve(null, "de-CH")).isEqualTo(Locale.GERMAN);
    assertThat(SupportedLocales.resolve(null, "ru_RU")).isEqualTo(SupportedLocales.RUSSIAN);
    assertThat(SupportedLocales.resolve("en", "ru")).isEqualTo(Locale.ENGLISH);
    assertThat(SupportedLocales.resolve("", "pt-BR")).isEqualTo(Locale.ENGLISH);
    assertThat(SupportedLocales.resolve(null, "%%%")).isEqualTo(Locale.ENGLISH);
  }
}
