package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.memory.InMemoryLeaderRoles;
import followthrough.core.memory.InMemoryTeamChannels;
import followthrough.core.ports.ChatGateway;
import followthrough.core.testkit.ChatScript;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client and the real engine (memory stores) against a local fake Discord: REST on the
 * JDK's HttpServer, the gateway on a WebSocket server, both on 127.0.0.1.
 */
class DiscordBotIT {

  static final FakeDiscordWorld world = new FakeDiscordWorld();
  static final FakeInteractions interactions = new FakeInteractions(world);
  static final InMemoryTeamChannels teamChannels = new InMemoryTeamChannels();
  static final InMemoryLeaderRoles leaderRoles = new InMemoryLeaderRoles();
  static FakeDiscordRest rest;
  static FakeDiscordGateway gateway;
  static DiscordBot bot;

  @BeforeAll
  static void startFakeDiscordAndBot() throws Exception {
    rest = new FakeDiscordRest(world);
    rest.start();
    gateway = new FakeDiscordGateway(world);
    gateway.startAndWait();
    ChatScript script = ChatScript.withStandardDialogs(new BundleMessages());
    DiscordSettings settings =
        new DiscordSettings(
            FakeDiscordWorld.TOKEN, world.guild, rest.baseUrl(), gateway.url(), false);
    bot =
        DiscordBot.start(
            settings, script.engine, new BundleMessages(), teamChannels, leaderRoles, script.clock);
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    gateway.stop(1000);
    rest.stop();
  }

  @Test
  void logsInWithoutPrivilegedIntentsAndRegistersLocalizedCommandsInTheDevServer() {
    // given the bot started in @BeforeAll
    // when
    DataObject identify = gateway.identify();
    // then
    int messageContent = 1 << 15;
    int guildMembers = 1 << 1;
    int presences = 1 << 8;
    assertThat(identify.getInt("intents") & (messageContent | guildMembers | presences)).isZero();
    FakeDiscordRest.Request commands =
        find(
            r ->
                r.path()
                    .equals("applications/" + world.app + "/guilds/" + world.guild + "/commands"));
    assertThat(commands.method()).isEqualTo("PUT");
    String registered = commands.raw();
    assertThat(registered).contains("\"checkin\"").contains("nachfassen").contains("созвон");
  }

  @Test
  void answersASlashCommandInAServerEphemerally() {
    // given
    DataObject slash = interactions.slashInServer(world.member, List.of(), "today");
    // when
    gateway.dispatch("INTERACTION_CREATE", slash);
    // then
    DataObject callback = callbackOf(slash);
    assertThat(callback.getInt("type")).isEqualTo(4);
    assertThat(callback.getObject("data").getInt("flags") & 64).isEqualTo(64);
    assertThat(callback.getObject("data").getString("content")).isNotBlank();
  }

  @Test
  void takesATextAnswerThroughTheFormAndAButtonPress() {
    // given /contact waits for a name, which in a server is typed into the answer form
    String user = world.id();
    DataObject slash = interactions.slashInServer(user, List.of(), "contact");
    gateway.dispatch("INTERACTION_CREATE", slash);
    assertThat(componentIds(callbackOf(slash))).contains(ComponentIds.ANSWER);
    DataObject open = interactions.buttonInServer(user, world.id(), ComponentIds.ANSWER);
    gateway.dispatch("INTERACTION_CREATE", open);
    assertThat(callbackOf(open).getInt("type")).isEqualTo(9);
    // when the form is submitted
    DataObject submit = interactions.answerInServer(user, "Anna *_[x]_*");
    gateway.dispatch("INTERACTION_CREATE", submit);
    // then the next question names Anna as typed and offers choices
    DataObject asked = callbackOf(submit);
    assertThat(asked.getObject("data").getString("content")).contains("Anna \\*\\_\\[x\\]\\_\\*");
    String choice =
        componentIds(asked).stream().filter(id -> id.startsWith("c0:")).findFirst().orElseThrow();
    // and when a choice is pressed
    DataObject press = interactions.buttonInServer(user, world.id(), choice);
    gateway.dispatch("INTERACTION_CREATE", press);
    // then the engine answers the press
    assertThat(callbackOf(press).getInt("type")).isIn(4, 7);
  }

  @Test
  void answersALineWrittenInTheDirectMessages() {
    // given
    String user = world.id();
    String dm = world.id();
    // when
    gateway.dispatch("MESSAGE_CREATE", interactions.lineInDm(user, dm, "/help"));
    // then
    FakeDiscordRest.Request answer = find(r -> r.path().equals("channels/" + dm + "/messages"));
    assertThat(answer.body().getString("content")).contains("/contact");
  }

  @Test
  void deliversANudgeByDirectMessage() {
    // given
    String user = world.id();
    Outbound nudge =
        new Outbound(
            "Call Anna", List.of(List.of(new Outbound.Button("Done", "/nudge done 1"))), null);
    // when
    ChatGateway.Delivery delivery =
        bot.gateway().send(new ConversationAddress(Platform.DISCORD, user), nudge);
    // then
    assertThat(delivery).isEqualTo(ChatGateway.Delivery.SENT);
    FakeDiscordRest.Request sent =
        find(r -> r.path().equals("channels/" + rest.dmOf(user) + "/messages"));
    assertThat(sent.body().getString("content")).isEqualTo("Call Anna");
  }

  @Test
  void waitsOutARateLimitAndThenDelivers() {
    // given
    String user = world.id();
    bot.gateway().send(new ConversationAddress(Platform.DISCORD, user), Outbound.text("first"));
    rest.rateLimitNextMessages(1);
    // when
    ChatGateway.Delivery delivery =
        bot.gateway()
            .send(new ConversationAddress(Platform.DISCORD, user), Outbound.text("second"));
    // then
    assertThat(delivery).isEqualTo(ChatGateway.Delivery.SENT);
    List<FakeDiscordRest.Request> tries =
        rest.requests().stream()
            .filter(r -> r.path().equals("channels/" + rest.dmOf(user) + "/messages"))
            .filter(r -> r.body().getString("content", "").equals("second"))
            .toList();
    assertThat(tries).hasSize(2);
    assertThat(Duration.between(tries.get(0).at(), tries.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void reportsClosedDirectMessagesAsUnreachableAndTellsTheUserOnceAtTheNextCommand() {
    // given
    ConversationAddress closed = new ConversationAddress(Platform.DISCORD, world.closedDmUser);
    // when
    ChatGateway.Delivery delivery = bot.gateway().send(closed, Outbound.text("Call Anna"));
    DataObject slash = interactions.slashInServer(world.closedDmUser, List.of(), "help");
    gateway.dispatch("INTERACTION_CREATE", slash);
    // then
    assertThat(delivery).isEqualTo(ChatGateway.Delivery.UNREACHABLE);
    FakeDiscordRest.Request notice =
        find(
            r ->
                r.path().startsWith("webhooks/")
                    && r.path().contains(slash.getString("token"))
                    && r.body().getString("content", "").contains("direct messages are closed"));
    assertThat(notice.body().getInt("flags") & 64).isEqualTo(64);
  }

  @Test
  void refusesTeamChannelToAMemberWhoIsNoLeader() {
    // given
    var before = teamChannels.forServer(world.guild);
    DataObject slash = interactions.teamChannel(world.member, List.of());
    // when
    gateway.dispatch("INTERACTION_CREATE", slash);
    // then
    DataObject callback = callbackOf(slash);
    assertThat(callback.getObject("data").getString("content")).contains("Only a team leader");
    assertThat(teamChannels.forServer(world.guild)).isEqualTo(before);
  }

  @Test
  void setsTheTeamChannelForALeader() {
    // given
    DataObject slash = interactions.teamChannel(world.leader, List.of(world.leadersRole));
    // when
    gateway.dispatch("INTERACTION_CREATE", slash);
    // then
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> teamChannels.forServer(world.guild).isPresent());
    assertThat(teamChannels.forServer(world.guild).orElseThrow().channelId())
        .isEqualTo(world.channel);
  }

  @Test
  void letsAMemberWithTheConfiguredLeadersRoleSetTheTeamChannel() {
    // given
    leaderRoles.save(world.guild, world.teamLeadsRole);
    DataObject slash = interactions.teamChannel(world.id(), List.of(world.teamLeadsRole));
    // when
    gateway.dispatch("INTERACTION_CREATE", slash);
    // then
    assertThat(callbackOf(slash).getObject("data").getString("content"))
        .startsWith("Team channel set");
  }

  @Test
  void stopsWithOneClearSentenceWhenDiscordRejectsTheToken() {
    // given
    DiscordSettings wrong =
        new DiscordSettings("wrong-token", "", rest.baseUrl(), gateway.url(), false);
    ChatScript script = ChatScript.withStandardDialogs(new BundleMessages());
    // when
    Throwable thrown =
        catchThrowable(
            () ->
                DiscordBot.start(
                    wrong,
                    script.engine,
                    new BundleMessages(),
                    teamChannels,
                    leaderRoles,
                    script.clock));
    // then
    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Discord rejected the bot token (DISCORD_TOKEN)");
  }

  private static DataObject callbackOf(DataObject interaction) {
    String path =
        "interactions/"
            + interaction.getString("id")
            + "/"
            + interaction.getString("token")
            + "/callback";
    return find(r -> r.path().equals(path)).body();
  }

  private static FakeDiscordRest.Request find(Predicate<FakeDiscordRest.Request> which) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> rest.requests().stream().filter(which).findFirst(), Optional::isPresent)
        .orElseThrow();
  }

  private static List<String> componentIds(DataObject callback) {
    DataObject data = callback.getObject("data");
    List<String> ids = new java.util.ArrayList<>();
    var rows = data.optArray("components").orElseThrow();
    for (int r = 0; r < rows.length(); r++) {
      var buttons = rows.getObject(r).getArray("components");
      for (int b = 0; b < buttons.length(); b++) {
        ids.add(buttons.getObject(b).getString("custom_id"));
      }
    }
    return ids;
  }
}
