package followthrough.console;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.ChatGateway;
import java.io.PrintWriter;

/**
 * Prints the messages the bot sends by itself (nudges) to the terminal, under a line {@code --
 * nudge for <chat> --} so that they cannot be mistaken for an answer, after a blank line that also
 * ends a prompt the user has not answered yet. Called from scheduler threads and from {@code
 * :tick}; it synchronizes on the {@link PrintWriter}, as {@link ConsoleChat} does, so give both the
 * same writer and a nudge never lands inside a message. Only console chats are reachable; a failed
 * write is reported as {@link Delivery#FAILED}, never thrown.
 */
public final class ConsoleChatGateway implements ChatGateway {

  private final PrintWriter out;
  private final ConsoleRenderer renderer;

  /** A gateway printing to {@code out}; share {@code renderer} with {@link ConsoleChat}. */
  public ConsoleChatGateway(PrintWriter out, ConsoleRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  /**
   * Prints the message; {@link Delivery#UNREACHABLE} for a chat on another platform, which a
   * terminal cannot reach, and {@link Delivery#FAILED} when the writer reports an error.
   */
  @Override
  public Delivery send(ConversationAddress address, Outbound message) {
    if (address.platform() != Platform.CONSOLE) {
      return Delivery.UNREACHABLE;
    }
    try {
      synchronized (out) {
        Transcript.print(out, "");
        Transcript.print(out, Transcript.meta("nudge for " + address.chatId() + " --"));
        Transcript.print(out, Transcript.bot(renderer.render(message)));
        out.flush();
        // PrintWriter swallows IOExceptions; checkError is the only way to learn of one
        return out.checkError() ? Delivery.FAILED : Delivery.SENT;
      }
    } catch (RuntimeException e) {
      return Delivery.FAILED;
    }
  }
}
