package followthrough.discord;

import java.util.Objects;

/**
 * How to reach Discord.
 *
 * @param token the bot token from the developer portal
 * @param guildId a server to register the commands in at once (development), or blank for global
 *     commands, which Discord may take up to an hour to show
 * @param apiUrl the REST base, for example {@code https://discord.com/api/v10/}
 * @param gatewayUrl the gateway, for example {@code wss://gateway.discord.gg/}
 * @param compress whether the gateway stream is compressed (off only for a local fake)
 */
public record DiscordSettings(
    String token, String guildId, String apiUrl, String gatewayUrl, boolean compress) {

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  @Override
  public String toString() {
    return "DiscordSettings[token=***, guildId=" + guildId + ", apiUrl=" + apiUrl + "]";
  }
}
