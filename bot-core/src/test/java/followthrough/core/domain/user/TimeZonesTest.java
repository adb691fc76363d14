package followthrough.core.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

  @ParameterizedTest
  @CsvSource({
    "Berlin, Europe/Berlin",
    "berlin, Europe/Berlin",
    "Europe/Berlin, Europe/Berlin",
    "europe/berlin, Europe/Berlin",
    "Wien, Europe/Vienna",
    "Vienna, Europe/Vienna",
    "München, Europe/Berlin",
    "Muenchen, Europe/Berlin",
    "Köln, Europe/Berlin",
    "Zürich, Europe/Zurich",
    "Zurich, Europe/Zurich",
    "Москва, Europe/Moscow",
    "москва, Europe/Moscow",
    "Moscow, Europe/Moscow",
    "Moskau, Europe/Moscow",
    "Санкт-Петербург, Europe/Moscow",
    "St. Petersburg, Europe/Moscow",
    "Ростов-на-Дону, Europe/Moscow",
    "Екатеринбург, Asia/Yekaterinburg",
    "Кишинёв, Europe/Chisinau",
    "Кишинев, Europe/Chisinau",
    "London, Europe/London",
    "Paris, Europe/Paris",
    "New York, America/New_York",
    "new_york, America/New_York",
    "Нью-Йорк, America/New_York",
    "  Berlin  , Europe/Berlin"
  })
  void readsACityOrAZoneId(String text, String zone) {
    // when / then
    assertThat(TimeZones.parse(text)).contains(ZoneId.of(zone));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kyiv", "Kiev", "Kiew", "Киев", "Київ", "Одесса"})
  void readsKyivUnderEveryName(String text) {
    // when / then
    assertThat(TimeZones.parse(text)).contains(TimeZones.kyiv());
  }

  @ParameterizedTest
  @CsvSource({
    "+3, +03:00",
    "+03:00, +03:00",
    "UTC+03:00, +03:00",
    "utc+3, +03:00",
    "UTC +3, +03:00",
    "GMT-5, -05:00",
    "gmt −5, -05:00",
    "+5:30, +05:30",
    "+0545, +05:45",
    "-12, -12:00",
    "+14, +14:00",
    "МСК+1, +04:00",
    "MSK-1, +02:00"
  })
  void readsAnOffsetFromUtc(String text, String offset) {
    // when / then
    assertThat(TimeZones.parse(text)).contains(ZoneOffset.of(offset));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "gmt", "Z"})
  void readsUtcByItself(String text) {
    // when / then
    assertThat(TimeZones.parse(text)).contains(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Atlantis", "3", "+15", "-13", "+3:20", "+3:75", "UTC+", "ber"})
  void findsNothingInTextThatNamesNoZone(String text) {
    // when / then
    assertThat(TimeZones.parse(text)).isEmpty();
  }

  @Test
  void showsAnOffsetAsUtcPlusAndARegionByItsId() {
    // when / then
    assertThat(TimeZones.display(ZoneOffset.ofHours(3))).isEqualTo("UTC+03:00");
    assertThat(TimeZones.display(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(TimeZones.display(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
  }
}
