package followthrough.core.scheduling;

import static followthrough.core.testkit.Fixtures.ANNA;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Platform;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NudgeJobTest {

  private static final Instant MONDAY_TEN = Instant.parse("2026-03-02T10:00:00Z");
  private static final String DUE = "fu:f1:" + MONDAY_TEN.getEpochSecond() + ":due";

  private final Scene scene = new Scene();

  @Test
  void sendsAPromisedCallAtItsTimeWithItsButtons() {
    // given
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    String v = Long.toString(MONDAY_TEN.getEpochSecond(), 36);
    // when
    scene.tickAt("2026-03-02T09:59:59Z");
    boolean early = scene.gateway.sent().isEmpty();
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(early).isTrue();
    assertThat(scene.messages())
        .containsExactly(List.of("nudge.followUp.due.PHONE", "nudge.followUp.why.CHECK_IN"));
    assertThat(scene.gateway.sent().get(0).address())
        .isEqualTo(new ConversationAddress(Platform.TELEGRAM, "1001"));
    assertThat(scene.buttons(0))
        .containsExactly(
            "/nudge done f1 " + v,
            "/nudge miss f1 " + v,
            "/nudge hour f1 " + v,
            "/nudge tmrw f1 " + v,
            "/nudge move f1 " + v);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.SENT);
  }

  @Test
  void sendsEachNudgeOnceHoweverOftenItTicks() {
    // given
    scene.user(ANNA);
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    scene.job.runOnce();
    scene.tickAt("2026-03-02T10:05:00Z");
    // then
    assertThat(scene.gateway.sent()).hasSize(1);
  }

  @Test
  void sendsNoReminderOfAFollowUpDoneInTheMeantime() {
    // given: done behind the planner's back
    scene.user(ANNA);
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.storedFollowUps.update(f.done());
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isZero();
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.CANCELLED);
  }

  @Test
  void sendsNoReminderOfAFollowUpMovedInTheMeantime() {
    // given
    scene.user(ANNA);
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.storedFollowUps.update(f.rescheduled(Instant.parse("2026-03-02T12:00:00Z")));
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isZero();
  }

  @Test
  void remindsOfARescheduledFollowUpOnlyAtItsNewTime() {
    // given
    scene.user(ANNA);
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.followUps.update(f.rescheduled(Instant.parse("2026-03-02T12:00:00Z")));
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    int atTheOldTime = scene.gateway.attempts();
    scene.tickAt("2026-03-02T12:00:00Z");
    // then
    assertThat(atTheOldTime).isZero();
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.CANCELLED);
  }

  @Test
  void remindsAtAFormerTimeAFollowUpWasMovedBackTo() {
    // given
    scene.user(ANNA);
    FollowUp f = scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    scene.followUps.update(f.rescheduled(Instant.parse("2026-03-02T12:00:00Z")));
    scene.followUps.update(f);
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    scene.tickAt("2026-03-02T12:00:00Z");
    // then
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.SENT);
  }

  @Test
  void writesInTheLanguageTheUserChose() {
    // given
    Scene german = new Scene(new BundleMessages(), NudgeJob.Settings.defaults("test-1"));
    UserProfile profile = german.user(ANNA);
    german.profiles.save(profile.withChosenLanguage("de"));
    german.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    // when
    german.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(german.gateway.texts())
        .containsExactly("Zeit, Anna anzurufen.\n\nDas hast du zugesagt.");
    assertThat(german.gateway.sent().get(0).message().rows().get(0))
        .extracting(b -> b.label())
        .containsExactly("Erledigt", "Nicht erreicht");
  }

  @Test
  void writesInThePlatformsLanguageWhenTheUserChoseNone() {
    // given
    Scene russian = new Scene(new BundleMessages(), NudgeJob.Settings.defaults("test-1"));
    russian.profiles.save(russian.user(ANNA).withPlatformLanguage("ru-RU"));
    russian.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    // when
    russian.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(russian.gateway.texts().get(0)).startsWith("Пора позвонить: Anna.");
  }

  @Test
  void givesUpWhenTheUserHasNoChatToWriteTo() {
    // given: no profile, so no address
    scene.followUp(ANNA, "f1", "2026-03-02T10:00:00Z");
    // when
    scene.tickAt("2026-03-02T10:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isZero();
    assertThat(scene.nudge(DUE).status()).isEqualTo(Nudge.Status.DEAD);
  }

  @Test
  void remindsOfAMeetingTheDayBeforeAndAsksToConfirmIt() {
    // given
    scene.user(ANNA);
    Meeting m = scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    String v = Long.toString(m.at().getEpochSecond(), 36);
    // when
    scene.tickAt("2026-03-03T15:00:00Z");
    // then
    assertThat(scene.messages())
        .containsExactly(
            List.of("nudge.meeting.dayBefore", "nudge.meeting.place", "nudge.meeting.confirmAsk"));
    assertThat(scene.buttons(0))
        .containsExactly(
            "/nudge ok m1 " + v,
            "/nudge off m1 " + v,
            "/nudge mmove m1 " + v,
            "/nudge noshow m1 " + v);
  }

  @Test
  void remindsOfAMeetingTwoHoursBefore() {
    // given
    Scene english = new Scene(new BundleMessages(), NudgeJob.Settings.defaults("test-1"));
    english.user(ANNA);
    english.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    english.tickAt("2026-03-03T15:00:00Z");
    // when
    english.tickAt("2026-03-04T13:00:00Z");
    // then
    assertThat(english.gateway.texts().get(1))
        .startsWith("Coming up at ")
        .contains(": your meeting with Oleg.\n\nWhere: Café Central\n\nA good moment to confirm");
  }

  @Test
  void sendsNoReminderOfAMeetingCancelledInTheMeantime() {
    // given
    scene.user(ANNA);
    Meeting m = scene.meeting(ANNA, "m1", "2026-03-04T15:00:00Z");
    scene.storedMeetings.update(m.withStatus(Meeting.Status.CANCELLED));
    // when
    scene.tickAt("2026-03-04T13:00:00Z");
    // then
    assertThat(scene.gateway.attempts()).isZero();
  }
}
