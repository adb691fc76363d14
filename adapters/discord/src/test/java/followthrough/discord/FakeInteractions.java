package followthrough.discord;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** INTERACTION_CREATE payloads, in the server's channel or in a user's DM, as JDA 6 reads them. */
final class FakeInteractions {

  private final FakeDiscordWorld world;

  FakeInteractions(FakeDiscordWorld world) {
    this.world = world;
  }

  /** A slash command used in the server's channel; options as name, value pairs. */
  DataObject slashInServer(String user, List<String> roles, String name, String... options) {
    DataArray opts = DataArray.empty();
    for (int i = 0; i < options.length; i += 2) {
      opts.add(
          DataObject.empty().put("name", options[i]).put("type", 3).put("value", options[i + 1]));
    }
    DataObject data =
        DataObject.empty()
            .put("id", world.id())
            .put("name", name)
            .put("type", 1)
            .put("options", opts);
    return inServer(user, roles, 2, data);
  }

  /** {@code /team channel} used in the server's channel. */
  DataObject teamChannel(String user, List<String> roles) {
    DataObject sub =
        DataObject.empty().put("name", "channel").put("type", 1).put("options", DataArray.empty());
    DataObject data =
        DataObject.empty()
            .put("id", world.id())
            .put("name", "team")
            .put("type", 1)
            .put("options", DataArray.empty().add(sub));
    return inServer(user, roles, 2, data);
  }

  /** A press of a button under an (ephemeral) message in the server's channel. */
  DataObject buttonInServer(String user, String messageId, String customId) {
    DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
    DataObject message =
        world.message(
            messageId, world.channel, DataObject.empty().put("content", "…").put("flags", 64));
    return inServer(user, List.of(), 3, data).put("message", message);
  }

  /** The answer form submitted in the server's channel; the field sits in a Label (type 18). */
  DataObject answerInServer(String user, String text) {
    DataObject input =
        DataObject.empty()
            .put("type", 4)
            .put("id", 2)
            .put("custom_id", ComponentIds.ANSWER_FIELD)
            .put("value", text);
    DataObject label = DataObject.empty().put("type", 18).put("id", 1).put("component", input);
    DataObject data =
        DataObject.empty()
            .put("custom_id", ComponentIds.ANSWER_FORM)
            .put("components", DataArray.empty().add(label));
    return inServer(user, List.of(), 5, data);
  }

  /** A line the user wrote in their DM with the bot (MESSAGE_CREATE without a guild). */
  DataObject lineInDm(String user, String dmChannel, String content) {
    return world
        .message(world.id(), dmChannel, DataObject.empty().put("content", content))
        .put("author", world.user(user, false))
        .put("channel_type", 1);
  }

  private DataObject inServer(String user, List<String> roles, int type, DataObject data) {
    return DataObject.empty()
        .put("id", world.id())
        .put("application_id", world.app)
        .put("type", type)
        .put("token", "token-" + world.id())
        .put("version", 1)
        .put("guild_id", world.guild)
        .put(
            "guild",
            DataObject.empty()
                .put("id", world.guild)
                .put("locale", "en-US")
                .put("features", DataArray.empty()))
        .put("channel_id", world.channel)
        .put("channel", world.textChannel())
        .put("member", world.memberOf(user, false, roles))
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("app_permissions", "2248473465835073")
        .put("entitlements", DataArray.empty())
        .put("authorizing_integration_owners", DataObject.empty().put("0", world.guild))
        .put("context", 0)
        .put("attachment_size_limit", 10485760)
        .put("data", data);
  }
}
