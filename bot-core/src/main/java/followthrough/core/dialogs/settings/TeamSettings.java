package followthrough.core.dialogs.settings;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.settings.SettingsDialog.Step;
import followthrough.core.domain.user.Preferences;
import followthrough.core.i18n.Phrase;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The team settings in the menu: silent-member thresholds and the digest's day and hour. */
final class TeamSettings {

  private TeamSettings() {}

  /** The team settings: silent-member thresholds and the digest's day and hour. */
  static Phrase values(Preferences p) {
    return Phrase.of(
        "settings.menu.team",
        "newDays",
        p.silentNewDays(),
        "laterDays",
        p.silentLaterDays(),
        "day",
        DigestTime.weekday(p.digestDay()),
        "time",
        LocalTime.of(p.digestHour(), 0));
  }

  /** The question for a team setting, with buttons for the common answers. */
  static Reply question(Step step) {
    if (step == Step.DIGEST) {
      return Reply.key("settings.ask.digest")
          .withRow(
              DigestTime.choice(DayOfWeek.MONDAY, 9),
              DigestTime.choice(DayOfWeek.MONDAY, 18),
              DigestTime.choice(DayOfWeek.FRIDAY, 17));
    }
    return step == Step.SILENT_NEW
        ? Reply.key("settings.ask.silentNew")
            .withRow(SettingsMenu.days(3), SettingsMenu.days(5), SettingsMenu.days(7))
        : Reply.key("settings.ask.silentLater")
            .withRow(SettingsMenu.days(10), SettingsMenu.days(14), SettingsMenu.days(21));
  }
}
