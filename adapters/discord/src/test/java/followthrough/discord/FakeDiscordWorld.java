package followthrough.discord;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * What the fake Discord knows: the bot, one server with a channel and a leaders' role, a leader, a
 * member and a user with closed DMs, and the JSON shapes JDA 6 expects for them. Ids are snowflakes
 * carrying the current time, since JDA drops interactions whose token looks expired.
 */
final class FakeDiscordWorld {

  /** The only token the fake accepts. */
  static final String TOKEN = "fake-token";

  private static final long DISCORD_EPOCH = 1420070400000L;
  private final AtomicLong counter = new AtomicLong();

  final String app = id();
  final String bot = app;
  final String guild = id();
  final String channel = id();
  final String leadersRole = id();
  final String teamLeadsRole = id();
  final String leader = id();
  final String member = id();
  final String closedDmUser = id();

  /** A fresh snowflake. */
  String id() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    return String.valueOf((millis << 22) + counter.incrementAndGet());
  }

  DataObject user(String id, boolean isBot) {
    return DataObject.empty()
        .put("id", id)
        .put("username", isBot ? "followthrough" : "user" + id.substring(id.length() - 4))
        .put("global_name", null)
        .put("discriminator", "0")
        .put("avatar", null)
        .put("bot", isBot)
        .put("verified", true)
        .put("mfa_enabled", false)
        .put("flags", 0)
        .put("public_flags", 0);
  }

  DataObject ready(String gatewayUrl) {
    return DataObject.empty()
        .put("v", 10)
        .put("user", user(bot, true))
        .put(
            "guilds",
            DataArray.empty().add(DataObject.empty().put("id", guild).put("unavailable", true)))
        .put("private_channels", DataArray.empty())
        .put("session_id", "session-1")
        .put("resume_gateway_url", gatewayUrl)
        .put("application", DataObject.empty().put("id", app).put("flags", 0));
  }

  DataObject guild() {
    DataObject everyone = role(guild, "@everyone", "68608", 0);
    DataObject leaders = role(leadersRole, "Leaders", "32", 1);
    DataObject teamLeads = role(teamLeadsRole, "Team leads", "0", 2);
    return DataObject.empty()
        .put("id", guild)
        .put("name", "Team Rocket")
        .put("owner_id", bot)
        .put("member_count", 4)
        .put("afk_timeout", 300)
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .put("nsfw_level", 0)
        .put("premium_tier", 0)
        .put("features", DataArray.empty())
        .put("preferred_locale", "en-US")
        .put("roles", DataArray.empty().add(everyone).add(leaders).add(teamLeads))
        .put("channels", DataArray.empty().add(textChannel()))
        .put("threads", DataArray.empty())
        .put("members", DataArray.empty().add(memberOf(bot, true, List.of())))
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty())
        .put("soundboard_sounds", DataArray.empty());
  }

  private static DataObject role(String id, String name, String permissions, int position) {
    return DataObject.empty()
        .put("id", id)
        .put("name", name)
        .put("permissions", permissions)
        .put("position", position)
        .put("color", 0)
        .put(
            "colors",
            DataObject.empty()
                .put("primary_color", 0)
                .put("secondary_color", null)
                .put("tertiary_color", null))
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
  }

  DataObject textChannel() {
    return DataObject.empty()
        .put("id", channel)
        .put("type", 0)
        .put("guild_id", guild)
        .put("name", "team")
        .put("position", 0)
        .put("permission_overwrites", DataArray.empty())
        .put("nsfw", false)
        .put("parent_id", null)
        .put("last_message_id", null)
        .put("rate_limit_per_user", 0)
        .put("topic", null)
        .put("flags", 0);
  }

  DataObject memberOf(String userId, boolean isBot, List<String> roles) {
    DataArray roleIds = DataArray.empty();
    roles.forEach(roleIds::add);
    return DataObject.empty()
        .put("user", user(userId, isBot))
        .put("roles", roleIds)
        .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("pending", false)
        .put("nick", null)
        .put("avatar", null)
        .put("permissions", "68608");
  }

  /** A message object as Discord returns it. */
  DataObject message(String id, String channelId, DataObject sent) {
    return DataObject.empty()
        .put("id", id)
        .put("channel_id", channelId)
        .put("type", 0)
        .put("content", sent.getString("content", ""))
        .put("author", user(bot, true))
        .put("timestamp", "2026-03-02T09:00:00.000000+00:00")
        .put("edited_timestamp", null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty())
        .put("pinned", false)
        .put("flags", sent.getInt("flags", 0))
        .put("components", sent.optArray("components").orElse(DataArray.empty()));
  }
}
