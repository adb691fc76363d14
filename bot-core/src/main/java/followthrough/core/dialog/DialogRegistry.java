package followthrough.core.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogs the bot offers, listed by hand where the application is wired, found by id (to
 * continue a saved dialog) and by command (to start one). Immutable and thread-safe.
 */
public final class DialogRegistry {

  private final List<Dialog> dialogs;
  private final Map<String, Dialog> byId = new LinkedHashMap<>();
  private final Map<String, Dialog> byCommand = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException when two dialogs share an id or a command
   */
  public DialogRegistry(List<Dialog> dialogs) {
    this.dialogs = List.copyOf(dialogs);
    for (Dialog dialog : this.dialogs) {
      if (byId.putIfAbsent(dialog.id(), dialog) != null) {
        throw new IllegalArgumentException("two dialogs with id " + dialog.id());
      }
      for (String command : dialog.commands()) {
        if (byCommand.putIfAbsent(command, dialog) != null) {
          throw new IllegalArgumentException("two dialogs for /" + command);
        }
      }
    }
  }

  /** The dialog with this id, or empty when no such dialog exists any more. */
  public Optional<Dialog> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The dialog a command starts, or empty for an unknown command. */
  public Optional<Dialog> byCommand(String command) {
    return Optional.ofNullable(byCommand.get(command));
  }

  /**
   * Every command of a {@link Dialog#listed() listed} dialog, in the order the dialogs were listed;
   * help and command menus show them.
   */
  public List<String> commands() {
    return byCommand.entrySet().stream()
        .filter(e -> e.getValue().listed())
        .map(Map.Entry::getKey)
        .toList();
  }
}
