package followthrough.core.dialogs.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOfDayTest {

  @ParameterizedTest
  @CsvSource({
    "10, 10:00",
    "7, 07:00",
    "18:30, 18:30",
    "18.30, 18:30",
    "9:05, 09:05",
    "10h, 10:00",
    "at 10, 10:00",
    "6pm, 18:00",
    "6:30 PM, 18:30",
    "12am, 00:00",
    "12 pm, 12:00",
    "7 a.m., 07:00",
    "um 10 Uhr, 10:00",
    "10:30 Uhr, 10:30",
    "gegen 19 Uhr, 19:00",
    "7 abends, 19:00",
    "9 morgens, 09:00",
    "в 10, 10:00",
    "в 18:30, 18:30",
    "в 7 вечера, 19:00",
    "в 2 ночи, 02:00",
    "12 дня, 12:00",
    "10 часов, 10:00",
    "0:00, 00:00",
    "23:59, 23:59"
  })
  void readsATimeOfDayAsPeopleTypeIt(String text, String expected) {
    assertThat(TimeOfDay.parse(text)).contains(LocalTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "later", "24:00", "10:60", "13pm", "0am", "100", "10:3", "tomorrow"})
  void readsNoTimeFromTextThatNamesNone(String text) {
    assertThat(TimeOfDay.parse(text)).isEmpty();
  }
}
