package followthrough.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Touch;
import followthrough.core.scheduling.Nudge;
import followthrough.core.testkit.KeysOnlyMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invite, join, silence, the sponsor's nudge, "I reached out", and the member active again: the
 * whole way of a silent-member period, as transcripts of Anna (sponsor, chat 1001) and Boris (her
 * new partner, chat 2002), starting Monday 2026-03-02 09:00 UTC.
 */
class SilentMemberRoundTripTest {

  private final TeamScene scene = new TeamScene(new KeysOnlyMessages());

  @Test
  void aNewPartnerWhoFallsSilentIsNoticedOnceAndTheSponsorReachesOut() {
    // given: Anna invites
    scene.chat.as("1001").send("/invite");
    assertThat(scene.chat.keys()).containsExactly("invite.ask.name");
    scene.chat.send("Anna");
    assertThat(scene.chat.keys()).containsExactly("invite.code");
    assertThat(scene.chat.buttons()).containsExactly("/invite revoke inv1");

    // when: Boris opens the code, confirms Anna, and names himself
    scene.chat.as("2002").send("/join inv1");
    assertThat(scene.chat.keys()).containsExactly("join.confirm");
    assertThat(scene.chat.buttons()).containsExactly("/join ok inv1", "/join no");
    scene.chat.press("/join ok inv1");
    assertThat(scene.chat.keys()).containsExactly("join.ask.name");
    scene.chat.send("Boris");

    // then
    assertThat(scene.chat.keys()).containsExactly("join.done");
    assertThat(scene.team.firstLine(TeamScene.user("1001")))
        .extracting(m -> m.name())
        .containsExactly("Boris");

    // when: five quiet days pass (new partner: 5 days), the job runs after the day ends
    scene.at("2026-03-07T23:00:00Z");
    assertThat(scene.silentJob.run()).isZero();
    scene.at("2026-03-08T00:05:00Z");
    int planned = scene.silentJob.run();

    // then: one nudge for Anna at her next agenda hour
    assertThat(planned).isEqualTo(1);
    Nudge nudge = scene.queue.pending(TeamScene.user("1001")).get(0);
    assertThat(nudge.kind()).isEqualTo(Nudge.Kind.SPONSOR);
    assertThat(nudge.dueAt()).hasToString("2026-03-08T08:00:00Z");

    // when: the nudge goes out
    scene.at("2026-03-08T08:00:00Z");
    scene.nudgeJob.runOnce();

    // then
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.gateway.texts().get(0).split("\n\n"))
        .containsExactly("team.nudge.silent", "team.nudge.new", "team.nudge.opening.new");
    List<String> buttons =
        scene.gateway.sent().get(0).message().rows().stream()
            .flatMap(List::stream)
            .map(b -> b.value())
            .toList();
    assertThat(buttons)
        .containsExactly(
            "/teamnudge reach telegram:2002",
            "/teamnudge plan telegram:2002",
            "/teamnudge snooze telegram:2002");

    // when: Anna presses "I reached out"
    scene.chat.as("1001").press("/teamnudge reach telegram:2002");

    // then: a touch with Boris is in Anna's own contacts
    assertThat(scene.chat.keys()).containsExactly("team.nudge.reached");
    List<Touch> touches =
        scene.chat.contacts.search(TeamScene.user("1001"), "Boris", 0, 5).stream()
            .flatMap(c -> scene.chat.touches.forContact(TeamScene.user("1001"), c.id()).stream())
            .toList();
    assertThat(touches).hasSize(1);
    scene.chat.send("/team");
    assertThat(scene.chat.keys())
        .containsExactly("team.overview.counts", "team.overview.silent.new");

    // when: Boris is active again
    scene.at("2026-03-08T10:00:00Z");
    scene.logsAContact("2002", "Oleg");

    // then: the period is over
    scene.chat.as("1001").send("/team");
    assertThat(scene.chat.keys())
        .containsExactly("team.overview.counts", "team.overview.active.new");
    scene.at("2026-03-09T00:05:00Z");
    assertThat(scene.silentJob.run()).isZero();

    // when: Boris is quiet again for five days
    scene.at("2026-03-14T00:05:00Z");
    int again = scene.silentJob.run();

    // then: a new period gets a nudge of its own
    assertThat(again).isEqualTo(1);
    assertThat(scene.queue.pending(TeamScene.user("1001")))
        .extracting(Nudge::id)
        .containsExactly(
            "sp:telegram:2002:" + java.time.Instant.parse("2026-03-08T10:00:00Z").getEpochSecond());
  }

  @Test
  void aNudgeIsDroppedWhenTheMemberWasActiveBeforeItWentOut() {
    // given
    scene.joins("2002", "Boris", "1001");
    scene.at("2026-03-08T00:05:00Z");
    scene.silentJob.run();

    // when: Boris logs a contact before Anna's morning
    scene.at("2026-03-08T07:00:00Z");
    scene.logsAContact("2002", "Oleg");
    scene.at("2026-03-08T08:00:00Z");
    scene.nudgeJob.runOnce();

    // then
    assertThat(scene.gateway.sent()).isEmpty();
  }

  @Test
  void repeatedRunsPlanOneNudgePerSilentPeriod() {
    // given
    scene.joins("2002", "Boris", "1001");
    scene.at("2026-03-08T00:05:00Z");
    scene.silentJob.run();

    // when
    scene.at("2026-03-08T08:00:00Z");
    scene.nudgeJob.runOnce();
    scene.at("2026-03-10T08:00:00Z");
    scene.silentJob.run();
    scene.nudgeJob.runOnce();

    // then
    assertThat(scene.gateway.sent()).hasSize(1);
  }

  @Test
  void snoozingAsksAgainAWeekLaterIfTheMemberIsStillQuiet() {
    // given
    scene.joins("2002", "Boris", "1001");
    scene.at("2026-03-08T00:05:00Z");
    scene.silentJob.run();
    scene.at("2026-03-08T08:00:00Z");
    scene.nudgeJob.runOnce();

    // when
    scene.chat.as("1001").press("/teamnudge snooze telegram:2002");
    scene.at("2026-03-16T00:05:00Z");
    scene.silentJob.run();
    scene.at("2026-03-16T08:00:00Z");
    scene.nudgeJob.runOnce();

    // then
    assertThat(scene.chat.keys()).containsExactly("team.nudge.snoozed");
    assertThat(scene.gateway.sent()).hasSize(2);
  }

  @Test
  void planACheckInKeepsTheMemberAsAPartnerInTheSponsorsContacts() {
    // given
    scene.joins("2002", "Boris", "1001");

    // when
    scene.chat.as("1001").press("/teamnudge plan telegram:2002");

    // then
    assertThat(scene.chat.keys()).containsExactly("team.nudge.plan");
    String planButton = scene.chat.buttons().get(0);
    assertThat(planButton).startsWith("/checkin #tm-");
    scene.chat.press(planButton);
    assertThat(scene.chat.step()).isEqualTo("WHEN");
    scene.chat.press("/teamnudge plan telegram:2002");
    assertThat(scene.chat.contacts.count(TeamScene.user("1001"))).isEqualTo(1);
  }

  @Test
  void onlyTheSponsorCanPressTheButtonsAboutAMember() {
    // given
    scene.joins("2002", "Boris", "1001");

    // when
    scene.chat.as("3003").press("/teamnudge reach telegram:2002");

    // then
    assertThat(scene.chat.keys()).containsExactly("team.nudge.notInLine");
    assertThat(scene.chat.contacts.count(TeamScene.user("3003"))).isZero();
  }
}
