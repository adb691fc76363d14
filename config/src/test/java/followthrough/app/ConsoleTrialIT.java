package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's trial, end to end: the real jar, the embedded store on a file in {@code ./data}, the
 * terminal chat reading a piped script.
 */
class ConsoleTrialIT {

  @TempDir Path workDir;

  @Test
  void aPipedLogContactConversationGivesTheExpectedTranscript() throws Exception {
    // given
    String script = resource("transcripts/log-contact.script");
    // when
    String transcript = TrialProcess.run(workDir, script);
    // then
    assertThat(transcript).isEqualTo(resource("transcripts/log-contact.txt"));
  }

  @Test
  void saysOnceWhereTheEmbeddedStoreKeepsItsData() throws Exception {
    // when
    TrialProcess.run(workDir, "/help\n");
    // then
    String file = workDir.resolve("data").resolve("followthrough.mv").toString();
    assertThat(TrialProcess.lastErrors(workDir))
        .containsOnlyOnce("embedded MongoDB-compatible server, data in " + file)
        .contains("MONGODB_URI");
    assertThat(workDir.resolve("data").resolve("followthrough.mv")).exists();
  }

  @Test
  void aContactIsStillListedAfterTheAppIsStoppedAndStartedAgain() throws Exception {
    // given
    TrialProcess.run(
        workDir, "/contact Jörg Müller\nWork\n1\n@joerg_m\nSkip\nNo follow-up\nSave\n");
    // when
    String afterRestart = TrialProcess.run(workDir, "/contacts müller\n");
    // then
    assertThat(afterRestart).contains("Contacts matching “müller”:").contains("Jörg Müller");
  }

  @Test
  void aDialogInterruptedByARestartResumesAtTheSameStep() throws Exception {
    // given: the first run ends while the dialog waits for how the user knows Boris
    String first = TrialProcess.run(workDir, "/contact\nBoris\n");
    assertThat(first).contains("How do you know Boris?");
    // when
    String second = TrialProcess.run(workDir, "we met at the gym\n");
    // then
    assertThat(second).contains("Where do they stand?");
  }

  @Test
  void eachTrialUserSeesOnlyTheirOwnContacts() throws Exception {
    // given
    TrialProcess.run(
        workDir, ":as anna\n/contact Secret Sam\nSkip\n1\nSkip\nSkip\nNo follow-up\nSave\n");
    // when
    String boris = TrialProcess.run(workDir, ":as boris\n/contacts\n");
    // then
    assertThat(boris).doesNotContain("Secret Sam").contains("You have no contacts yet.");
  }

  @Test
  void aNewcomerFindsTheFirstFollowUpOfAnOrderTodayAndAgainTheNextDayWhenNotReached()
      throws Exception {
    // given: a contact with a first order, three days later
    String script =
        "/start\nBerlin\n/contact Anna Schmidt\nSkip\n1\n+49 151 2345678\nSkip\nNo follow-up\n"
            + "Save\n/order Anna\nNo\nSkip\nSave\n:advance 3d\n/today\n"
            // when: the follow-up (the second item: buttons 5 to 8) is marked not reached
            + "6\n:advance 1d\n/today\n";
    String transcript = TrialProcess.run(workDir, script);
    // then
    String[] days = transcript.split("you> :advance 1d");
    assertThat(days[0])
        .contains(
            "As it's their first order, I also planned these follow-ups:\n"
                + "     Mar 5, 2026, 8:00 AM\n     Mar 23, 2026, 8:00 AM\n     Jun 2, 2026, 8:00 AM")
        .contains("Your day, Mar 5, 2026:")
        .contains(
            "Follow-up: Anna Schmidt\n     Today at 8:00 AM\n       [5] Done   [6] Not reached")
        .contains("Not reached: Anna Schmidt. I'll bring it up again on Mar 6, 2026, 8:00 AM.");
    assertThat(days[1])
        .contains("Your day, Mar 6, 2026:")
        .contains("Follow-up: Anna Schmidt\n     Today at 8:00 AM\n     Not reached so far: 1×");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ConsoleTrialIT.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
