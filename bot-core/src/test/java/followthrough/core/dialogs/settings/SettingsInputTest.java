package followthrough.core.dialogs.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsInputTest {

  @ParameterizedTest
  @CsvSource({"8, 8", "08, 8", "7:00, 7", "07.00, 7", "0, 0", "23, 23", "9 Uhr, 9", "9 ч, 9"})
  void readsAnHour(String text, int hour) {
    // when / then
    assertThat(SettingsInput.hour(text)).contains(hour);
  }

  @ParameterizedTest
  @ValueSource(strings = {"24", "-1", "8:30", "eight", "", "8-9"})
  void refusesAnythingButAWholeHour(String text) {
    // when / then
    assertThat(SettingsInput.hour(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "21-8|21:00|08:00",
        "22:00-07:00|22:00|07:00",
        "22.30 – 6.45|22:30|06:45",
        "22 bis 7|22:00|07:00",
        "von 22 Uhr bis 7 Uhr|22:00|07:00",
        "с 23 до 7|23:00|07:00",
        "from 20 to 9|20:00|09:00",
        "13-15|13:00|15:00"
      })
  void readsQuietHours(String text, String from, String until) {
    // when / then
    assertThat(SettingsInput.quietHours(text))
        .contains(new SettingsInput.QuietHours(LocalTime.parse(from), LocalTime.parse(until)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"22-22", "25-7", "22", "night", "22:61-7", ""})
  void refusesQuietHoursItCannotRead(String text) {
    // when / then
    assertThat(SettingsInput.quietHours(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3d,3w,3m|3d,3w,3m",
        "3d 3w 3m|3d,3w,3m",
        "2 days, 2 weeks and 2 months|2d,2w,2m",
        "3 Tage, 3 Wochen, 3 Monate|3d,3w,3m",
        "3 Tage, 2 Wochen und 2 Monate|3d,2w,2m",
        "3 дня, 3 недели, 3 месяца|3d,3w,3m",
        "1 нед., 1 мес.|1w,1m",
        "5 дней|5d"
      })
  void readsARhythmInEveryLanguage(String text, String cadence) {
    // when / then
    assertThat(SettingsInput.cadence(text).orElseThrow().format()).isEqualTo(cadence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3w,3d", "3 apples", "often", "", "3d, soon, 3m", "0d"})
  void refusesARhythmItCannotRead(String text) {
    // when / then
    assertThat(SettingsInput.cadence(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"60, 60", "45 days, 45", "30 Tage, 30", "90 дней, 90", "1, 1", "3650, 3650"})
  void readsANumberOfDays(String text, int days) {
    // when / then
    assertThat(SettingsInput.days(text)).contains(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3651", "sixty", "", "-5"})
  void refusesANumberOfDaysOutOfRange(String text) {
    // when / then
    assertThat(SettingsInput.days(text)).isEmpty();
  }
}
