package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The morning: agendas, carry-overs, and what piled up while the app was stopped. */
class NudgeJobMorningTest {

  private static final List<String> AGENDA_WITH_OVERDUE =
      List.of("nudge.agenda.header", "nudge.agenda.overdue");
  private static final List<String> CARRY_OVER =
      List.of(
          "nudge.followUp.due.PHONE", "nudge.followUp.stillOpen", "nudge.followUp.why.CHECK_IN");

  private final Scene scene = new Scene();

  @Test
  void carriesAnOverdueFollowUpOverEachMorningUntilItIsDone() {
    // given
    scene.user(ANNA);
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.tickAt("2026-03-02T10:00:00Z");
    scene.gateway.clear();
    // when
    scene.tickAt("2026-03-03T08:00:00Z");
    scene.tickAt("2026-03-04T08:00:00Z");
    scene.followUps.update(f.done());
    scene.tickAt("2026-03-05T08:00:00Z");
    // then
    assertThat(scene.messages())
        .containsExactly(AGENDA_WITH_OVERDUE, CARRY_OVER, AGENDA_WITH_OVERDUE, CARRY_OVER);
    assertThat(scene.queue.pending(ANNA)).isEmpty();
  }

  @Test
  void sendsTheMorningAgendaOnlyWhenThereIsSomethingOnIt() {
    // given: a check-in on Friday
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-06T10:00:00Z");
    // when
    scene.tickAt("2026-03-03T08:00:00Z");
    scene.tickAt("2026-03-04T08:00:00Z");
    scene.tickAt("2026-03-05T08:00:00Z");
    boolean quietUntilFriday = scene.gateway.sent().isEmpty();
    scene.tickAt("2026-03-06T08:00:00Z");
    // then
    assertThat(quietUntilFriday).isTrue();
    assertThat(scene.messages())
        .containsExactly(List.of("nudge.agenda.header", "nudge.agenda.dueToday"));
    assertThat(scene.buttons(0)).containsExactly("/today");
  }

  @Test
  void writesTheAgendaInTheUsersLanguageAndZone() {
    // given
    Scene german = new Scene(new BundleMessages(), NudgeJob.Settings.defaults("test-1"));
    UserProfile profile = german.user(ANNA, ZoneId.of("Europe/Berlin"));
    german.profiles.save(profile.withChosenLanguage("de"));
    german.followUp(ANNA, "f1", "2026-03-03T09:00:00Z");
    german.meeting(ANNA, "m1", "2026-03-03T14:30:00Z");
    german.tickAt("2026-03-02T14:30:00Z");
    german.gateway.clear();
    // when: 08:00 in Berlin
    german.tickAt("2026-03-03T07:00:00Z");
    // then
    assertThat(german.gateway.texts())
        .containsExactly(
            "Guten Morgen! Dein Plan für den 03.03.2026:\n\n"
                + "Heute:\n• 10:00 Anna\n\n"
                + "Treffen:\n• 15:30 Oleg");
  }

  @Test
  void skipsAnAgendaLeftFromAnEarlierDayAndPlansTodays() {
    // given: the app was stopped all Tuesday
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-06T10:00:00Z");
    scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    // when
    scene.tickAt("2026-03-04T07:00:00Z");
    // then: Tuesday's agenda is dropped, Wednesday's waits for 08:00
    assertThat(scene.nudge("ag:telegram:1001:2026-03-03").status())
        .isEqualTo(Nudge.Status.CANCELLED);
    assertThat(scene.nudge("ag:telegram:1001:2026-03-04").dueAt())
        .isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
    scene.tickAt("2026-03-04T08:00:00Z");
    assertThat(scene.messages())
        .last()
        .isEqualTo(List.of("nudge.agenda.header", "nudge.agenda.meetings"));
  }

  @Test
  void groupsMoreThanThreeLateNudgesOfOneUserIntoOneMessage() {
    // given: four calls due on Monday morning, and the app stopped until the afternoon
    Scene english = new Scene(new BundleMessages(), NudgeJob.Settings.defaults("test-1"));
    english.user(ANNA);
    for (int i = 1; i <= 4; i++) {
      english.followUp(ANNA, "f" + i, "2026-03-02T10:0" + i + ":00Z");
    }
    // when
    english.tickAt("2026-03-02T15:00:00Z");
    // then
    assertThat(english.gateway.texts()).hasSize(1);
    assertThat(english.gateway.texts().get(0))
        .startsWith("4 reminders piled up while I couldn't send them:\n\n• Anna, planned for ")
        .endsWith("Open today's plan to go through them one by one.");
    assertThat(english.buttons(0)).containsExactly("/today");
    assertThat(english.queue.ids(Nudge.Status.SENT)).hasSize(4);
  }

  @Test
  void sendsUpToThreeLateNudgesOneByOneWithTheirButtons() {
    // given
    scene.user(ANNA);
    for (int i = 1; i <= 3; i++) {
      scene.followUp(ANNA, "f" + i, "2026-03-02T10:0" + i + ":00Z");
    }
    // when
    scene.tickAt("2026-03-02T15:00:00Z");
    // then
    assertThat(scene.messages())
        .hasSize(3)
        .allMatch(m -> m.get(0).equals("nudge.followUp.due.PHONE"));
  }

  @Test
  void sendsNudgesThatAreOnTimeOneByOneHoweverMany() {
    // given
    scene.user(ANNA);
    for (int i = 1; i <= 5; i++) {
      scene.followUp(ANNA, "f" + i, "2026-03-02T10:00:00Z");
    }
    // when
    scene.tickAt("2026-03-02T10:00:30Z");
    // then
    assertThat(scene.messages()).hasSize(5);
  }

  @Test
  void groupsEachUsersLateNudgesApart() {
    // given
    scene.user(ANNA);
    scene.user(BORIS);
    scene.followUp(ANNA, "a1", "2026-03-02T10:00:00Z");
    for (int i = 1; i <= 4; i++) {
      scene.followUp(BORIS, "b" + i, "2026-03-02T10:0" + i + ":00Z");
    }
    // when
    scene.tickAt("2026-03-02T15:00:00Z");
    // then
    assertThat(scene.gateway.sent())
        .extracting(s -> s.address().chatId() + ":" + s.message().text().split("\n\n")[0])
        .containsExactlyInAnyOrder("1001:nudge.followUp.due.PHONE", "1002:nudge.group.header");
  }
}
