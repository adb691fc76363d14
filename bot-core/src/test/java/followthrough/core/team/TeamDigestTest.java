package followthrough.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Image;
import followthrough.core.conversation.Platform;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.testkit.KeysOnlyMessages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A leader's weekly digest against a fixed clock (Monday 2026-03-23 09:00 UTC, reporting the week
 * of 2026-03-16): Anna leads, Boris is her first line, Carla and Dan are Boris's. Boris was busy
 * last week, Dan the week before and quiet since, Carla went silent last week.
 */
class TeamDigestTest {

  private static final UserId ANNA = TeamScene.user("1001");
  private static final UserId BORIS = TeamScene.user("2002");
  private static final UserId CARLA = TeamScene.user("3003");
  private static final UserId DAN = TeamScene.user("4004");
  private static final Instant JOINED = Instant.parse("2026-02-01T10:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-23T09:00:00Z");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final TeamScene scene = new TeamScene(new KeysOnlyMessages());

  private void join(UserId member, String name, UserId sponsor) {
    List<UserId> above = scene.team.find(sponsor).map(Member::lineage).orElse(List.of());
    scene.team.join(Member.joining(member, sponsor, above, name, JOINED));
  }

  private void did(UserId user, ActivityKind kind, String at) {
    scene.recorder.record(user, kind, Instant.parse(at));
  }

  @BeforeEach
  void aLineOfThreeWithAMonthOfActivity() {
    join(BORIS, "Boris", ANNA);
    join(CARLA, "Carla", BORIS);
    join(DAN, "Dan", BORIS);
    did(CARLA, ActivityKind.CONTACT_LOGGED, "2026-03-05T12:00:00Z");
    did(DAN, ActivityKind.FOLLOW_UP_DONE, "2026-03-10T12:00:00Z");
    did(DAN, ActivityKind.MEETING_MISSED, "2026-03-12T12:00:00Z");
    did(BORIS, ActivityKind.FOLLOW_UP_DONE, "2026-03-16T12:00:00Z");
    did(BORIS, ActivityKind.FOLLOW_UP_DONE, "2026-03-17T12:00:00Z");
    did(BORIS, ActivityKind.CONTACT_LOGGED, "2026-03-18T12:00:00Z");
    did(BORIS, ActivityKind.MEETING_KEPT, "2026-03-20T12:00:00Z");
    scene.at(NOW.toString());
  }

  private static Phrase paragraph(Reply reply, String key) {
    return reply.paragraphs().stream().filter(p -> key.equals(p.key())).findFirst().orElseThrow();
  }

  @Test
  void comparesTheLastWeekWithTheOneBeforeOverTheWholeLine() {
    // when
    Reply digest = scene.digests.digest(ANNA, NOW);

    // then
    assertThat(digest.paragraphs())
        .extracting(Phrase::key)
        .containsExactly(
            "team.digest.title",
            "team.digest.standings",
            "team.digest.work",
            "team.digest.meetings",
            "team.digest.wentSilent");
    assertThat(paragraph(digest, "team.digest.title").args())
        .containsEntry("from", java.time.LocalDate.parse("2026-03-16"))
        .containsEntry("members", 3);
    assertThat(paragraph(digest, "team.digest.standings").args())
        .containsEntry("active", 1)
        .containsEntry("quiet", 1)
        .containsEntry("silent", 1);
    assertThat(paragraph(digest, "team.digest.work").args())
        .containsEntry("followUps", 2)
        .containsEntry("followUpsBefore", 1)
        .containsEntry("contacts", 1)
        .containsEntry("contactsBefore", 0);
    assertThat(paragraph(digest, "team.digest.meetings").args())
        .containsEntry("kept", 1)
        .containsEntry("missed", 0)
        .containsEntry("keptBefore", 0)
        .containsEntry("missedBefore", 1);
    assertThat(paragraph(digest, "team.digest.wentSilent").args())
        .containsEntry("names", Phrase.verbatim("Carla"));
  }

  @Test
  void aSponsorsDigestCoversTheirLineOnly() {
    // when
    Reply digest = scene.digests.digest(BORIS, NOW);

    // then
    assertThat(paragraph(digest, "team.digest.title").args()).containsEntry("members", 2);
    assertThat(scene.digests.digest(CARLA, NOW).paragraphs())
        .extracting(Phrase::key)
        .containsExactly("team.digest.empty");
  }

  @Test
  void theChartIsAPngOfTheExpectedSize() throws IOException {
    // when
    Image chart = scene.digests.digest(ANNA, NOW).image();

    // then
    assertThat(chart).isNotNull();
    assertThat(chart.fileName()).isEqualTo("digest-2026-03-16.png");
    assertThat(Arrays.copyOf(chart.png(), 8)).isEqualTo(PNG_SIGNATURE);
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(picture.getWidth()).isEqualTo(DigestChart.WIDTH).isEqualTo(800);
    assertThat(picture.getHeight()).isEqualTo(DigestChart.HEIGHT).isEqualTo(400);
  }

  @Test
  void theChartShowsEightWeeksEndingWithTheReportedOne() {
    // given
    List<List<Integer>> drawn = new java.util.ArrayList<>();
    DigestBuilder builder =
        new DigestBuilder(
            scene.team,
            scene.activity,
            scene.chat.profiles,
            (weeks, totals) -> {
              drawn.add(totals);
              assertThat(weeks).hasSize(8).last().hasToString("2026-03-16");
              return new byte[] {1};
            });

    // when
    builder.digest(ANNA, NOW);

    // then
    assertThat(drawn).containsExactly(List.of(0, 0, 0, 0, 0, 1, 2, 4));
  }

  @Test
  void theJobPostsIntoTheTeamChannelOnceOnTheLeadersDayAndHour() {
    // given
    scene.channels.save(new TeamChannel("900", "channel-1", ANNA, JOINED));
    scene.at("2026-03-23T08:59:00Z");
    scene.digestJob.runOnce();
    assertThat(scene.gateway.sent()).isEmpty();

    // when
    scene.at("2026-03-23T09:00:00Z");
    scene.digestJob.runOnce();
    scene.at("2026-03-23T10:00:00Z");
    scene.digestJob.runOnce();

    // then
    assertThat(scene.gateway.sent()).hasSize(1);
    assertThat(scene.gateway.sent().get(0).address())
        .isEqualTo(new ConversationAddress(Platform.DISCORD, "channel-1"));
    assertThat(scene.gateway.sent().get(0).message().image()).isNotNull();
  }

  @Test
  void theLeaderAsksForTheDigestNow() {
    // when
    scene.chat.as("1001").send("/team digest");

    // then
    assertThat(scene.chat.keys()).first().isEqualTo("team.digest.title");
    assertThat(scene.chat.replies().get(0).image()).isNotNull();
  }
}
