package followthrough.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.ConversationEngine;
import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.dialogs.contacts.ListContactsDialog;
import followthrough.core.dialogs.logcontact.LogContactDialog;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.memory.InMemoryChecklists;
import followthrough.core.memory.InMemoryContacts;
import followthrough.core.memory.InMemoryDialogStateStore;
import followthrough.core.memory.InMemoryEvents;
import followthrough.core.memory.InMemoryFollowUps;
import followthrough.core.memory.InMemoryMeetings;
import followthrough.core.memory.InMemoryOrders;
import followthrough.core.memory.InMemoryTouches;
import followthrough.core.memory.InMemoryUserProfiles;
import followthrough.core.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

  private final InMemoryContacts contacts = new InMemoryContacts();
  private final InMemoryFollowUps followUps = new InMemoryFollowUps();
  private final ConsoleClock clock = new ConsoleClock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
  private final ConversationEngine engine =
      new ConversationEngine(
          new DialogRegistry(
              List.of(
                  new LogContactDialog(contacts, followUps, new CountingIds()),
                  new ListContactsDialog(
                      contacts,
                      new InMemoryTouches(),
                      new InMemoryOrders(),
                      followUps,
                      new InMemoryMeetings(),
                      new InMemoryChecklists(),
                      new InMemoryEvents()))),
          new InMemoryDialogStateStore(),
          new InMemoryUserProfiles(),
          new BundleMessages(),
          clock,
          ConversationEngine.Settings.defaults());
  private final AtomicInteger ticks = new AtomicInteger();
  private Runnable tick = ticks::incrementAndGet;

  private String chat(String script, boolean echoInput) {
    StringWriter written = new StringWriter();
    BufferedReader in = new BufferedReader(new StringReader(script));
    new ConsoleChat(in, new PrintWriter(written), engine, clock, tick, echoInput).run();
    return written.toString();
  }

  private String chatWithNudges(String script) {
    StringWriter written = new StringWriter();
    PrintWriter out = new PrintWriter(written);
    ConsoleRenderer renderer = new ConsoleRenderer();
    ConsoleChatGateway gateway = new ConsoleChatGateway(out, renderer);
    Outbound nudge =
        new Outbound(
            "Time to log someone.",
            List.of(List.of(new Outbound.Button("Log a contact", "/contact"))),
            null);
    Runnable sendNudge =
        () -> gateway.send(new ConversationAddress(Platform.CONSOLE, "you"), nudge);
    BufferedReader in = new BufferedReader(new StringReader(script));
    new ConsoleChat(in, out, engine, clock, sendNudge, true, renderer).run();
    return written.toString();
  }

  private String chat(String script) {
    return chat(script, true);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ConsoleChatTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void logsAContactAnsweredByNumberLabelAndTextThenListsIt() throws IOException {
    // given
    String script =
        """
        /contact
        Anna Schmidt
        2
        first-time CUSTOMER
        +49 151 2345678
        Met at the Monday meetup
        1

          save \s
        /contacts
        anna schmidt
        :quit
        """;
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).isEqualTo(resource("/transcripts/log-contact.txt"));
  }

  @Test
  void switchesTheUserSoBorisDoesNotSeeAnnasContacts() {
    // given
    ConversationKey anna = new ConversationKey(Platform.CONSOLE, "Anna", "Anna");
    contacts.add(Fixtures.contact(anna.user(), "c1", "Clara"));
    // when
    String transcript = chat(":as Anna\n/contacts\n:as Boris\n/contacts\n");
    // then
    String asAnna = transcript.substring(0, transcript.indexOf("-- talking as Boris"));
    String asBoris = transcript.substring(transcript.indexOf("-- talking as Boris"));
    assertThat(asAnna).contains("Anna> /contacts", "[1] Clara");
    assertThat(asBoris)
        .contains("Boris> /contacts", "You have no contacts yet.")
        .doesNotContain("Clara");
  }

  @Test
  void forgetsTheButtonsOfTheOtherUserAfterSwitching() {
    // given
    String script = "/contact Clara\n:as Boris\n1\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).contains("Boris> 1\nbot: I'm listening.");
  }

  @Test
  void refusesAUserNameThatIsNotOneWord() {
    // given
    String script = ":as Anna Schmidt\n/contacts\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).contains("-- :as needs one word").contains("you> /contacts");
  }

  @Test
  void advancesTheClockAndPrintsTheNewTime() {
    // given
    String script = ":advance 1d2h\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(clock.instant()).isEqualTo(Fixtures.T0.plus(Duration.ofHours(26)));
    assertThat(transcript).contains("-- time is now 2026-03-03T11:00:00Z");
  }

  @Test
  void runsTheTickOnTick() {
    // given
    String script = ":tick\n:tick\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(ticks).hasValue(2);
    assertThat(transcript).contains("-- ticked");
  }

  @Test
  void pressesTheButtonOfANudgePrintedDuringTick() {
    // given
    String script = ":tick\n1\n";
    // when
    String transcript = chatWithNudges(script);
    // then
    assertThat(transcript)
        .contains(
            "you> :tick\n\n-- nudge for you --\nbot: Time to log someone.\n"
                + "       [1] Log a contact\n-- ticked\nyou> 1\nbot: Who is it? Send me the name.\n");
  }

  @Test
  void explainsABadMetaCommandAndGoesOn() {
    // given
    String script = ":advance banana\n:dance\n/contact\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript)
        .contains("-- :advance needs a duration like 2d, 3h, 90m or 1d2h")
        .contains("-- unknown console command :dance; try :help")
        .contains("bot: Who is it? Send me the name.");
    assertThat(clock.instant()).isEqualTo(Fixtures.T0);
  }

  @Test
  void goesOnAfterALineFails() {
    // given
    tick =
        () -> {
          throw new IllegalStateException("scheduler broken");
        };
    // when
    String transcript = chat(":tick\n/contact\n");
    // then
    assertThat(transcript)
        .contains("-- that line failed: java.lang.IllegalStateException: scheduler broken")
        .contains("bot: Who is it? Send me the name.");
  }

  @Test
  void sendsANumberWithoutAMatchingButtonAsText() {
    // given
    String script = "/contact Clara\n/cancel\n/contact\n7\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).contains("you> 7\nbot: How do you know 7?");
  }

  @Test
  void sendsANumberAsTextWhenTheLastAnswerHadNoButtons() {
    // given: the source question had buttons, the rung question too, but "Who is it?" has none
    String script = "/contact Clara\n1\n/cancel\n/contact\n1\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).contains("you> 1\nbot: How do you know 1?");
  }

  @Test
  void listsTheMetaCommandsOnHelp() {
    // given
    String script = ":help\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript)
        .contains("-- console commands:", ":as NAME", ":advance", ":tick", ":quit");
  }

  @Test
  void ignoresBlankLines() {
    // given
    String script = "\n   \n/contact\n\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript.lines())
        .containsExactly(
            "-- Followthrough terminal chat, talking as you; :help for more",
            "you> /contact",
            "bot: Who is it? Send me the name.",
            "-- bye");
  }

  @Test
  void stopsReadingAfterQuit() {
    // given
    String script = ":quit\n/contact\n";
    // when
    String transcript = chat(script);
    // then
    assertThat(transcript).doesNotContain("/contact").endsWith("-- bye\n");
  }

  @Test
  void endsAtTheEndOfInput() {
    // given
    String script = "/contact";
    // when
    String transcript = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> chat(script));
    // then
    assertThat(transcript).endsWith("bot: Who is it? Send me the name.\n-- bye\n");
  }

  @Test
  void promptsWithoutRepeatingTheLineWhenInputIsATerminal() {
    // given
    String script = "/contact\n";
    // when
    String transcript = chat(script, false);
    // then
    assertThat(transcript)
        .isEqualTo(
            "-- Followthrough terminal chat, talking as you; :help for more\n"
                + "you> bot: Who is it? Send me the name.\n"
                + "you> \n"
                + "-- bye\n");
  }
}
