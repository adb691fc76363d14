package followthrough.discord;

import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands, one per entry point of the dialogs plus {@code /team}, {@code /join} and
 * {@code /invite}, with names and descriptions in English and Discord's German and Russian
 * localizations from the bundles. Each works in servers and in the bot's DMs.
 */
final class SlashCommands {

  /** Commands whose description the core's bundles hold as {@code command.<name>.description}. */
  private static final List<String> DIALOG_COMMANDS =
      List.of(
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
          "event");

  private static final Map<DiscordLocale, Locale> LOCALIZED =
      Map.of(
          DiscordLocale.GERMAN, SupportedLocales.GERMAN,
          DiscordLocale.RUSSIAN, SupportedLocales.RUSSIAN);

  private final Messages messages;

  SlashCommands(Messages messages) {
    this.messages = messages;
  }

  /** Every command the bot registers. */
  List<SlashCommandData> all() {
    List<SlashCommandData> commands = new ArrayList<>();
    for (String name : DIALOG_COMMANDS) {
      commands.add(command(name, "command." + name + ".description").addOptions(options(name)));
    }
    for (String name : List.of("start", "help", "cancel", "invite")) {
      commands.add(command(name, "discord.command." + name + ".description"));
    }
    commands.add(
        command("join", "discord.command.join.description")
            .addOptions(option(OptionType.STRING, "code", true)));
    commands.add(
        command("link", "command.link.description")
            .addOptions(option(OptionType.STRING, "code", false)));
    commands.add(team());
    return commands;
  }

  /** The options that make a one-line command possible, such as {@code /checkin contact when}. */
  private List<OptionData> options(String command) {
    return switch (command) {
      case "contact" -> List.of(option(OptionType.STRING, "name", false));
      case "contacts" -> List.of(option(OptionType.STRING, "search", false));
      case "checkin" ->
          List.of(
              option(OptionType.STRING, "contact", false),
              option(OptionType.STRING, "when", false));
      case "touch", "meeting", "noshow", "order" ->
          List.of(option(OptionType.STRING, "contact", false));
      default -> List.of();
    };
  }

  private SlashCommandData team() {
    SubcommandData channel =
        subcommand("channel")
            .addOptions(
                option(OptionType.CHANNEL, "channel", false)
                    .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS));
    SubcommandData role = subcommand("role").addOptions(option(OptionType.ROLE, "role", true));
    return command("team", "discord.command.team.description")
        .addSubcommands(
            channel, role, subcommand("overview"), subcommand("digest"), subcommand("leave"));
  }

  private SlashCommandData command(String name, String descriptionKey) {
    SlashCommandData data =
        Commands.slash(name, text(descriptionKey, Locale.ENGLISH))
            .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    LOCALIZED.forEach(
        (discord, locale) -> {
          data.setNameLocalization(discord, text("discord.command." + name + ".name", locale));
          data.setDescriptionLocalization(discord, text(descriptionKey, locale));
        });
    return data;
  }

  private SubcommandData subcommand(String name) {
    String key = "discord.command.team." + name + ".description";
    SubcommandData data = new SubcommandData(name, text(key, Locale.ENGLISH));
    LOCALIZED.forEach(
        (discord, locale) -> data.setDescriptionLocalization(discord, text(key, locale)));
    return data;
  }

  private OptionData option(OptionType type, String name, boolean required) {
    String prefix = "discord.option." + name;
    OptionData data =
        new OptionData(type, name, text(prefix + ".description", Locale.ENGLISH), required);
    LOCALIZED.forEach(
        (discord, locale) -> {
          data.setNameLocalization(discord, text(prefix + ".name", locale));
          data.setDescriptionLocalization(discord, text(prefix + ".description", locale));
        });
    return data;
  }

  /** A bundle text cut to Discord's 100 characters for descriptions. */
  private String text(String key, Locale locale) {
    String text = messages.render(Phrase.of(key), locale);
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }
}
