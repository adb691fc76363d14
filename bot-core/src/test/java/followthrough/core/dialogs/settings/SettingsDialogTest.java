package followthrough.core.dialogs.settings;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsDialogTest {

  private final ChatScript chat = chat(new KeysOnlyMessages());

  private static ChatScript chat(Messages messages) {
    return ChatScript.of(messages, c -> List.of(new SettingsDialog(c.profiles)));
  }

  private static UserProfile profile(ChatScript chat) {
    return chat.profiles.find(chat.key().user()).orElseThrow();
  }

  private Preferences preferences() {
    return profile(chat).preferences();
  }

  @Test
  void showsTheMenuWithAButtonForEverySetting() {
    // when
    chat.send("/settings");
    // then
    assertThat(chat.keys())
        .containsExactly("settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(chat.buttons())
        .containsExactly(
            "set:LANGUAGE",
            "set:ZONE",
            "set:AGENDA_HOUR",
            "set:QUIET_HOURS",
            "set:CADENCE",
            "set:INACTIVE_DAYS",
            "set:STALL_DAYS",
            "set:SILENT_NEW",
            "set:SILENT_LATER",
            "set:DIGEST",
            "close");
    assertThat(chat.step()).isEqualTo("MENU");
  }

  @Test
  void savesATypedCityAsTheTimeZoneAndShowsTheMenuAgain() {
    // given
    chat.send("/settings").press("set:ZONE");
    assertThat(chat.keys()).containsExactly("settings.ask.zone");
    assertThat(chat.buttons()).contains("tz:Europe/Berlin", "tz:Europe/Moscow", "back");
    // when
    chat.send("Wien");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.zone", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(profile(chat).zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(chat.step()).isEqualTo("MENU");
  }

  @Test
  void takesAnOffsetOrACityButtonForTheTimeZone() {
    // given
    chat.send("/settings").press("set:ZONE");
    // when
    chat.send("UTC+03:00");
    // then
    assertThat(profile(chat).zone()).isEqualTo(ZoneId.of("+03:00"));
    chat.press("set:ZONE").press("tz:Europe/Zurich");
    assertThat(profile(chat).zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
  }

  @Test
  void asksAgainWithExamplesForAPlaceItDoesNotKnow() {
    // given
    chat.send("/settings").press("set:ZONE");
    // when
    chat.send("Atlantis");
    // then
    assertThat(chat.keys()).containsExactly("settings.zone.unknown", "settings.ask.zone");
    assertThat(chat.step()).isEqualTo("ZONE");
    assertThat(profile(chat).zone()).isNull();
  }

  @Test
  void setsTheAgendaHourByButtonOrTypedAndRefusesAnHourOutOfRange() {
    // given
    chat.send("/settings").press("set:AGENDA_HOUR");
    assertThat(chat.buttons()).containsExactly("v:7", "v:8", "v:9", "back");
    // when
    chat.press("v:7");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.agendaHour",
            "settings.menu",
            "settings.menu.team",
            "settings.menu.ask");
    assertThat(preferences().agendaHour()).isEqualTo(7);
    chat.press("set:AGENDA_HOUR").send("25");
    assertThat(chat.keys())
        .containsExactly("settings.invalid.agendaHour", "settings.ask.agendaHour");
    assertThat(chat.step()).isEqualTo("AGENDA_HOUR");
    chat.send("6");
    assertThat(preferences().agendaHour()).isEqualTo(6);
  }

  @Test
  void setsQuietHoursFromText() {
    // given
    chat.send("/settings").press("set:QUIET_HOURS");
    // when
    chat.send("22:00-07:00");
    // then
    assertThat(preferences().quietFrom()).isEqualTo(LocalTime.of(22, 0));
    assertThat(preferences().quietUntil()).isEqualTo(LocalTime.of(7, 0));
  }

  @Test
  void setsTheRhythmInTheUsersOwnWords() {
    // given
    chat.send("/settings").press("set:CADENCE");
    // when
    chat.send("3 Tage, 2 Wochen und 2 Monate");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.cadence", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(preferences().cadence()).isEqualTo("3d,2w,2m");
  }

  @Test
  void asksAgainForARhythmThatDoesNotGrow() {
    // given
    chat.send("/settings").press("set:CADENCE");
    // when
    chat.send("3w, 3d");
    // then
    assertThat(chat.keys()).containsExactly("settings.invalid.cadence", "settings.ask.cadence");
    assertThat(preferences().cadence()).isEqualTo("3d,3w,3m");
  }

  @Test
  void setsTheDaysAfterWhichACustomerCountsAsInactive() {
    // given
    chat.send("/settings").press("set:INACTIVE_DAYS");
    // when
    chat.send("45");
    // then
    assertThat(preferences().inactiveAfterDays()).isEqualTo(45);
  }

  @Test
  void savesTheLanguageAndConfirmsInTheNewOne() {
    // given
    chat.send("/settings").press("set:LANGUAGE");
    assertThat(chat.buttons())
        .containsExactly("lang:en", "lang:de", "lang:ru", "lang:auto", "back");
    // when
    chat.press("lang:de");
    // then
    assertThat(chat.keys()).containsExactly("settings.language.done.de");
    assertThat(chat.buttons()).containsExactly("/settings");
    assertThat(profile(chat).chosenLanguage()).isEqualTo("de");
    assertThat(chat.step()).isNull();
    chat.send("/settings").press("set:LANGUAGE").press("lang:auto");
    assertThat(profile(chat).chosenLanguage()).isNull();
    assertThat(chat.keys()).containsExactly("settings.language.done.en");
  }

  @Test
  void goesBackToTheMenuAndClosesSayingWhetherAnythingChanged() {
    // given
    chat.send("/settings").press("set:QUIET_HOURS");
    // when
    chat.press("back");
    // then
    assertThat(chat.keys())
        .containsExactly("settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(chat.press("close").keys()).containsExactly("settings.closed.unchanged");
    chat.send("/settings").press("set:AGENDA_HOUR").press("v:9").press("close");
    assertThat(chat.keys()).containsExactly("settings.closed.saved");
    assertThat(chat.step()).isNull();
  }

  @Test
  void asksForAButtonWhenTextIsTypedInTheMenu() {
    // given
    chat.send("/settings");
    // when
    chat.send("zone please");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "dialog.pickButton", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(chat.step()).isEqualTo("MENU");
  }

  @Test
  void cancellingInTheMiddleSavesNothing() {
    // given
    chat.send("/settings").press("set:ZONE");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(profile(chat).zone()).isNull();
    assertThat(preferences()).isEqualTo(Preferences.DEFAULT);
  }

  @Test
  void showsTheMenuAndSavesTheZoneInGerman() {
    // given
    ChatScript german = chat(new BundleMessages()).language("de");
    // when
    german.send("/settings");
    // then
    assertThat(german.replies().get(0).text())
        .contains(
            "Deine Einstellungen:",
            "Sprache: wie deine App (Deutsch)",
            "Zeitzone: noch nicht festgelegt (vorerst UTC)",
            "Tagesplan um: 08:00",
            "Ruhezeiten: 21:00–08:00",
            "Rhythmus fürs Nachfassen: 3 T., 3 Wo., 3 Mon.",
            "nach 60 Tagen ohne Bestellung");
    german.press("set:ZONE").send("München");
    assertThat(german.replies().get(0).text())
        .startsWith("Zeitzone: Europe/Berlin. Dort ist es jetzt 10:00.")
        .contains("Zeitzone: Europe/Berlin\n");
  }

  @Test
  void switchesFromRussianToEnglishAndSaysSoInEnglish() {
    // given
    ChatScript russian = chat(new BundleMessages()).language("ru");
    russian.send("/settings");
    assertThat(russian.replies().get(0).text())
        .contains("Твои настройки:", "Ритм повторных контактов: 3 дн., 3 нед., 3 мес.");
    // when
    russian.press("set:LANGUAGE").press("lang:en");
    // then
    assertThat(russian.replies().get(0).text())
        .isEqualTo("Done: I'll speak English with you from now on.");
    assertThat(russian.replies().get(0).rows().get(0).get(0).label()).isEqualTo("More settings");
    russian.send("/settings");
    assertThat(russian.replies().get(0).text()).startsWith("Your settings:");
  }

  @Test
  void setsTheSilentThresholdsOfTheTeamByButtonOrTyped() {
    // given
    chat.send("/settings").press("set:SILENT_NEW");
    assertThat(chat.keys()).containsExactly("settings.ask.silentNew");
    // when
    chat.press("v:7");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.silentNew", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(preferences().silentNewDays()).isEqualTo(7);
    // when
    chat.press("set:SILENT_LATER").send("21 Tage");
    // then
    assertThat(preferences().silentLaterDays()).isEqualTo(21);
    assertThat(preferences().silentNewDays()).isEqualTo(7);
  }

  @Test
  void refusesASilentThresholdOutOfRangeAndStaysAtTheQuestion() {
    // given
    chat.send("/settings").press("set:SILENT_LATER");
    // when
    chat.send("0");
    // then
    assertThat(chat.keys())
        .containsExactly("settings.invalid.silentDays", "settings.ask.silentLater");
    // when
    chat.send("999");
    // then
    assertThat(chat.step()).isEqualTo("SILENT_LATER");
    assertThat(preferences().silentLaterDays()).isEqualTo(14);
  }

  @Test
  void setsTheDigestDayAndHourInTheUsersWords() {
    // given
    chat.send("/settings").press("set:DIGEST");
    // when
    chat.send("Freitag 17 Uhr");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.digest", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(preferences().digestDay()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    assertThat(preferences().digestHour()).isEqualTo(17);
    // when
    chat.press("set:DIGEST").send("пн 25");
    // then
    assertThat(chat.keys()).containsExactly("settings.invalid.digest", "settings.ask.digest");
    // when
    chat.press("v:1 9");
    // then
    assertThat(preferences().digestDay()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(preferences().digestHour()).isEqualTo(9);
  }

  @Test
  void setsTheDaysAfterWhichAStillChecklistIsNudged() {
    // given
    chat.send("/settings").press("set:STALL_DAYS");
    assertThat(chat.buttons()).containsExactly("v:2", "v:3", "v:7", "back");
    // when
    chat.send("61");
    chat.send("5 Tage");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "settings.saved.stallDays", "settings.menu", "settings.menu.team", "settings.menu.ask");
    assertThat(profile(chat).preferences().checklistStallDays()).isEqualTo(5);
  }
}
