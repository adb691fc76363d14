package followthrough.telegram;

import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The bot's command menu: every command the dialogs offer, plus {@code /help} and {@code /cancel},
 * described from the bundles ({@code command.<name>.description}); English as the default list, and
 * German and Russian for users whose {@code language_code} is {@code de} or {@code ru}.
 */
final class CommandMenu {

  /** Telegram's longest command description. */
  private static final int MAX_DESCRIPTION = 256;

  private final Messages messages;
  private final List<String> commands;

  CommandMenu(Messages messages, List<String> commands) {
    this.messages = messages;
    this.commands = List.copyOf(commands);
  }

  /** One {@code setMyCommands} per language, the default (English) first. */
  List<SetMyCommands> calls() {
    List<SetMyCommands> calls = new ArrayList<>();
    for (Locale locale : SupportedLocales.ALL) {
      String code = locale.equals(SupportedLocales.ENGLISH) ? null : locale.getLanguage();
      calls.add(call(locale, code));
    }
    return calls;
  }

  private SetMyCommands call(Locale locale, @Nullable String languageCode) {
    List<BotCommand> menu = new ArrayList<>();
    for (String command : commands) {
      menu.add(command(command, "command." + command + ".description", locale));
    }
    menu.add(command("help", "telegram.menu.help", locale));
    menu.add(command("cancel", "telegram.menu.cancel", locale));
    SetMyCommands.SetMyCommandsBuilder<?, ?> call =
        SetMyCommands.builder().commands(menu).scope(new BotCommandScopeDefault());
    if (languageCode != null) {
      call.languageCode(languageCode);
    }
    return call.build();
  }

  private BotCommand command(String name, String key, Locale locale) {
    String description = messages.render(Phrase.of(key), locale);
    if (description.length() > MAX_DESCRIPTION) {
      description = description.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
    return new BotCommand(name, description);
  }
}
