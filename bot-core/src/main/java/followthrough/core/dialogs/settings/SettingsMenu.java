package followthrough.core.dialogs.settings;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.settings.SettingsDialog.Step;
import followthrough.core.domain.followup.Cadence;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.TimeZones;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The settings menu with the current values, each setting's question, and what was saved. */
final class SettingsMenu {

  static final String SET = "set:";
  static final String VALUE = "v:";
  static final String LANGUAGE = "lang:";
  static final String AUTO = "auto";
  static final String BACK = "back";
  static final String CLOSE = "close";

  private SettingsMenu() {}

  /** The menu for this profile, after an optional confirmation of what was just saved. */
  static Reply menu(UserProfile profile, Phrase... before) {
    Preferences p = profile.preferences();
    Phrase values =
        Phrase.of(
            "settings.menu",
            "language",
            language(profile),
            "zone",
            profile.zone() == null
                ? Phrase.of("settings.zone.unset")
                : Phrase.verbatim(TimeZones.display(profile.zone())),
            "hour",
            LocalTime.of(p.agendaHour(), 0),
            "quiet",
            Phrase.of("settings.quiet.range", "from", p.quietFrom(), "until", p.quietUntil()),
            "cadence",
            cadence(p.cadence()),
            "days",
            p.inactiveAfterDays());
    List<Phrase> paragraphs = new java.util.ArrayList<>(List.of(before));
    paragraphs.add(values);
    paragraphs.add(TeamSettings.values(p));
    paragraphs.add(Phrase.of("settings.menu.ask"));
    return buttons(new Reply(paragraphs, List.of(), false), p);
  }

  /** A button per setting, and Close. */
  private static Reply buttons(Reply menu, Preferences p) {
    return menu.withRow(
            Choice.of("settings.button.language", SET + Step.LANGUAGE),
            Choice.of("settings.button.zone", SET + Step.ZONE))
        .withRow(
            Choice.of("settings.button.agendaHour", SET + Step.AGENDA_HOUR),
            Choice.of("settings.button.quietHours", SET + Step.QUIET_HOURS))
        .withRow(
            Choice.of("settings.button.cadence", SET + Step.CADENCE),
            Choice.of("settings.button.inactiveDays", SET + Step.INACTIVE_DAYS))
        .withRow(
            new Choice(
                Phrase.of("settings.button.stallDays", "days", p.checklistStallDays()),
                SET + Step.STALL_DAYS))
        .withRow(
            Choice.of("settings.button.silentNew", SET + Step.SILENT_NEW),
            Choice.of("settings.button.silentLater", SET + Step.SILENT_LATER))
        .withRow(Choice.of("settings.button.digest", SET + Step.DIGEST))
        .withRow(Choice.of("settings.button.close", CLOSE));
  }

  /** The question for one setting, with buttons for the common answers and Back. */
  static Reply question(Step step, Preferences p) {
    Reply ask =
        switch (step) {
          case LANGUAGE ->
              Reply.key("settings.ask.language")
                  .withRow(
                      Choice.of("settings.language.name.en", LANGUAGE + "en"),
                      Choice.of("settings.language.name.de", LANGUAGE + "de"),
                      Choice.of("settings.language.name.ru", LANGUAGE + "ru"))
                  .withRow(Choice.of("settings.button.likeMyApp", LANGUAGE + AUTO));
          case ZONE -> ZoneQuestion.ask();
          case AGENDA_HOUR ->
              Reply.key("settings.ask.agendaHour").withRow(hour(7), hour(8), hour(9));
          case QUIET_HOURS ->
              Reply.key("settings.ask.quietHours")
                  .withRow(quiet(21, 8), quiet(22, 7), quiet(20, 9));
          case CADENCE ->
              Reply.key("settings.ask.cadence", "cadence", cadence(p.cadence()))
                  .withRow(cadenceChoice("3d,3w,3m"), cadenceChoice("2d,2w,2m"))
                  .withRow(cadenceChoice("1w,1m,3m"));
          case STALL_DAYS -> Reply.key("settings.ask.stallDays").withRow(days(2), days(3), days(7));
          case SILENT_NEW, SILENT_LATER, DIGEST -> TeamSettings.question(step);
          default -> Reply.key("settings.ask.inactiveDays").withRow(days(30), days(60), days(90));
        };
    return ask.withRow(Choice.of("settings.button.back", BACK));
  }

  /** Why an answer was not taken, for the settings read from text. */
  static Phrase invalid(Step step) {
    return switch (step) {
      case AGENDA_HOUR -> Phrase.of("settings.invalid.agendaHour");
      case QUIET_HOURS -> Phrase.of("settings.invalid.quietHours");
      case CADENCE -> Phrase.of("settings.invalid.cadence");
      case STALL_DAYS ->
          Phrase.of("settings.invalid.stallDays", "max", SettingsInput.MAX_STALL_DAYS);
      case SILENT_NEW, SILENT_LATER ->
          Phrase.of("settings.invalid.silentDays", "max", SettingsInput.MAX_SILENT_DAYS);
      case DIGEST -> Phrase.of("settings.invalid.digest");
      default -> Phrase.of("settings.invalid.inactiveDays", "max", SettingsInput.MAX_DAYS);
    };
  }

  /** The confirmation of a saved preference. */
  static Phrase saved(Step step, Preferences p) {
    return switch (step) {
      case AGENDA_HOUR ->
          Phrase.of("settings.saved.agendaHour", "time", LocalTime.of(p.agendaHour(), 0));
      case QUIET_HOURS ->
          Phrase.of("settings.saved.quietHours", "from", p.quietFrom(), "until", p.quietUntil());
      case CADENCE -> Phrase.of("settings.saved.cadence", "cadence", cadence(p.cadence()));
      case STALL_DAYS -> Phrase.of("settings.saved.stallDays", "days", p.checklistStallDays());
      case SILENT_NEW -> Phrase.of("settings.saved.silentNew", "days", p.silentNewDays());
      case SILENT_LATER -> Phrase.of("settings.saved.silentLater", "days", p.silentLaterDays());
      case DIGEST ->
          Phrase.of(
              "settings.saved.digest",
              "day",
              DigestTime.weekday(p.digestDay()),
              "time",
              LocalTime.of(p.digestHour(), 0));
      default -> Phrase.of("settings.saved.inactiveDays", "days", p.inactiveAfterDays());
    };
  }

  /** A rhythm in words of the user's language: "3 d, 3 wk, 3 mo". */
  static Phrase cadence(String text) {
    Optional<Cadence> cadence = Cadence.parse(text);
    if (cadence.isEmpty()) {
      return Phrase.verbatim(text);
    }
    Phrase all = null;
    for (String step : cadence.get().format().split(",")) {
      String unit = step.substring(step.length() - 1);
      Phrase one = Phrase.of("settings.cadence." + unit, "n", step.substring(0, step.length() - 1));
      all = all == null ? one : Phrase.of("settings.cadence.join", "first", all, "next", one);
    }
    return all == null ? Phrase.verbatim(text) : all;
  }

  private static Phrase language(UserProfile profile) {
    if (profile.chosenLanguage() != null) {
      return Phrase.of(
          "settings.language.name."
              + SupportedLocales.resolve(profile.chosenLanguage(), null).getLanguage());
    }
    return Phrase.of(
        "settings.language.auto",
        "language",
        Phrase.of(
            "settings.language.name."
                + SupportedLocales.resolve(null, profile.platformLanguage()).getLanguage()));
  }

  private static Choice hour(int hour) {
    return new Choice(
        Phrase.of("settings.button.hour", "time", LocalTime.of(hour, 0)), VALUE + hour);
  }

  private static Choice quiet(int from, int until) {
    return new Choice(
        Phrase.of(
            "settings.quiet.range", "from", LocalTime.of(from, 0), "until", LocalTime.of(until, 0)),
        VALUE + from + "-" + until);
  }

  private static Choice cadenceChoice(String cadence) {
    return new Choice(cadence(cadence), VALUE + cadence);
  }

  static Choice days(int days) {
    return new Choice(Phrase.of("settings.button.days", "days", days), VALUE + days);
  }
}
