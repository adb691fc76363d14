package followthrough.core.dialogs.logcontact;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Phrase;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodWordsTest {

  private final BundleMessages messages = new BundleMessages();

  private String say(List<Period> periods, String language) {
    Phrase in = Phrase.of("logcontact.followup.button.plan", "periods", PeriodWords.list(periods));
    return messages.render(in, Locale.forLanguageTag(language));
  }

  @Test
  void saysTheDefaultCadenceInEveryLanguage() {
    // given
    List<Period> cadence = List.of(Period.ofDays(3), Period.ofWeeks(3), Period.ofMonths(3));
    // then
    assertThat(say(cadence, "en")).isEqualTo("In 3 days, 3 weeks and 3 months");
    assertThat(say(cadence, "de")).isEqualTo("In 3 Tagen, 3 Wochen und 3 Monaten");
    assertThat(say(cadence, "ru")).isEqualTo("Через 3 дня, 3 недели и 3 месяца");
  }

  @Test
  void saysASingleWeekWithoutANumber() {
    // then
    assertThat(say(List.of(Period.ofWeeks(1)), "en")).isEqualTo("In a week");
    assertThat(say(List.of(Period.ofWeeks(1)), "de")).isEqualTo("In einer Woche");
    assertThat(say(List.of(Period.ofWeeks(1)), "ru")).isEqualTo("Через неделю");
  }

  @Test
  void saysTwoPeriodsWithoutAComma() {
    // then
    assertThat(say(List.of(Period.ofDays(2), Period.ofMonths(1)), "en"))
        .isEqualTo("In 2 days and a month");
  }

  @ParameterizedTest
  @CsvSource({
    "1, single",
    "2, few",
    "4, few",
    "5, many",
    "11, many",
    "12, many",
    "14, many",
    "21, one",
    "22, few",
    "25, many",
    "111, many",
    "101, one"
  })
  void picksTheRussianPluralForm(int n, String form) {
    // then
    assertThat(PeriodWords.form(n)).isEqualTo(form);
  }

  @Test
  void usesRussianFormsForThirtyOneDaysAndFiveWeeks() {
    // then
    assertThat(say(List.of(Period.ofDays(31), Period.ofWeeks(5)), "ru"))
        .isEqualTo("Через 31 день и 5 недель");
    assertThat(say(List.of(Period.ofDays(31)), "en")).isEqualTo("In 31 days");
  }
}
