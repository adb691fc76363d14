package followthrough.console;

import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Inbound;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The terminal chat: reads lines, hands each to the {@link ConversationEngine} as the current user
 * and prints the bot's messages, until {@code :quit} or the end of input. A number or a button's
 * label (ignoring case) presses that button of the bot's last answer; anything else, commands such
 * as {@code /contact} included, goes to the bot as typed. Lines starting with a colon and a letter
 * are meta commands of the console itself: {@code :as NAME}, {@code :advance 1d2h}, {@code :tick},
 * {@code :help}, {@code :quit}.
 *
 * <p>The user talks in a private console chat, key {@code (CONSOLE, NAME, NAME)}, default name
 * {@code you}. No language is passed, so the engine answers in the user's chosen language or
 * English. {@link #run()} runs on the caller's thread and never throws because of one line: a
 * failing line prints a short error and the chat goes on. Output is written under the {@link
 * PrintWriter}'s lock, as {@link ConsoleChatGateway} does, so nudges do not break into messages.
 */
public final class ConsoleChat {

  private static final String DEFAULT_USER = "you";
  private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}_.-]{1,32}");
  private static final List<String> HELP =
      List.of(
          "console commands:",
          "  :as NAME       talk as another user (you start as \"you\")",
          "  :advance 1d2h  move the clock forward (d days, h hours, m minutes, s seconds)",
          "  :tick          run the scheduled work that is due now",
          "  :help          this list",
          "  :quit          leave (so does the end of input)",
          "anything else goes to the bot; a number or a button's label presses that button");

  private final BufferedReader in;
  private final PrintWriter out;
  private final ConversationEngine engine;
  private final ConsoleClock clock;
  private final Runnable tick;
  private final boolean echoInput;
  private final ConsoleRenderer renderer;
  private String user = DEFAULT_USER;
  private boolean quit;

  /**
   * A chat with a renderer of its own.
   *
   * @param tick runs the scheduled work that is due now, for {@code :tick}
   * @param echoInput whether to print each line read after the prompt, for input from a pipe
   */
  public ConsoleChat(
      BufferedReader in,
      PrintWriter out,
      ConversationEngine engine,
      ConsoleClock clock,
      Runnable tick,
      boolean echoInput) {
    this(in, out, engine, clock, tick, echoInput, new ConsoleRenderer());
  }

  /** A chat sharing {@code renderer} with a {@link ConsoleChatGateway}, so nudges' buttons work. */
  public ConsoleChat(
      BufferedReader in,
      PrintWriter out,
      ConversationEngine engine,
      ConsoleClock clock,
      Runnable tick,
      boolean echoInput,
      ConsoleRenderer renderer) {
    this.in = in;
    this.out = out;
    this.engine = engine;
    this.clock = clock;
    this.tick = tick;
    this.echoInput = echoInput;
    this.renderer = renderer;
  }

  /** Runs the chat until {@code :quit} or the end of input; never throws for a bad line. */
  public void run() {
    say(Transcript.meta("Followthrough terminal chat, talking as " + user + "; :help for more"));
    String line;
    while (!quit && (line = nextLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      try {
        handle(line.strip());
      } catch (RuntimeException e) {
        say(Transcript.meta("that line failed: " + e));
      }
    }
    say(Transcript.meta("bye"));
  }

  private @Nullable String nextLine() {
    try {
      if (echoInput) {
        String line = in.readLine();
        if (line != null && !line.isBlank()) {
          say(user + "> " + line.strip());
        }
        return line;
      }
      synchronized (out) {
        out.print(user + "> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        say(""); // ends the unanswered prompt's line
      }
      return line;
    } catch (IOException e) {
      say(Transcript.meta("cannot read input any more: " + e.getMessage()));
      return null;
    }
  }

  private void handle(String line) {
    if (line.length() > 1 && line.charAt(0) == ':' && Character.isLetter(line.charAt(1))) {
      meta(line.split("\\s+", 2));
    } else {
      converse(line);
    }
  }

  private void meta(String[] words) {
    String arg = words.length > 1 ? words[1] : "";
    switch (words[0].toLowerCase(Locale.ROOT)) {
      case ":as" -> talkAs(arg);
      case ":advance" -> advance(arg);
      case ":tick" -> {
        renderer.forgetButtons(); // the nudges printed now carry the buttons to answer
        tick.run();
        say(Transcript.meta("ticked"));
      }
      case ":help" -> HELP.forEach(line -> say(Transcript.meta(line)));
      case ":quit" -> quit = true;
      default -> say(Transcript.meta("unknown console command " + words[0] + "; try :help"));
    }
  }

  private void talkAs(String name) {
    if (!USER_NAME.matcher(name).matches()) {
      say(Transcript.meta(":as needs one word of up to 32 letters or digits, like :as Boris"));
      return;
    }
    user = name;
    // the remembered buttons were shown in the previous user's chat
    renderer.forgetButtons();
    say(Transcript.meta("talking as " + user));
  }

  private void advance(String text) {
    Duration by;
    try {
      by = ConsoleDurations.parse(text);
    } catch (IllegalArgumentException e) {
      say(Transcript.meta(":advance needs a duration like 2d, 3h, 90m or 1d2h"));
      return;
    }
    clock.advance(by);
    say(Transcript.meta("time is now " + clock.instant().truncatedTo(ChronoUnit.SECONDS)));
  }

  private void converse(String line) {
    ConversationKey key = new ConversationKey(Platform.CONSOLE, user, user);
    Inbound inbound =
        renderer
            .press(line)
            .map(p -> Inbound.pressed(key, null, p.value(), p.messageRef()))
            .orElseGet(() -> Inbound.typed(key, null, line));
    List<Outbound> replies = engine.handle(inbound);
    synchronized (out) {
      // rendered under the lock, so message ids follow the order on screen even with nudges;
      // only this turn's buttons can be pressed next, so a number typed as an answer to a
      // question without buttons never presses a button of an older message
      renderer.forgetButtons();
      replies.forEach(reply -> Transcript.print(out, Transcript.bot(renderer.render(reply))));
      out.flush();
    }
  }

  private void say(String text) {
    synchronized (out) {
      Transcript.print(out, text);
      out.flush();
    }
  }
}
