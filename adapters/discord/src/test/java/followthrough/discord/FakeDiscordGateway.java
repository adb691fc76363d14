package followthrough.discord;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side of the fake Discord: says hello, answers IDENTIFY with READY and one server
 * (GUILD_CREATE), acknowledges heartbeats, and dispatches the events a test pushes.
 */
final class FakeDiscordGateway extends WebSocketServer {

  private final FakeDiscordWorld world;
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile WebSocket client;
  private volatile DataObject identify;

  FakeDiscordGateway(FakeDiscordWorld world) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.world = world;
    setReuseAddr(true);
  }

  /** Starts the server and waits until it listens. */
  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  /** The IDENTIFY the bot sent, or null before it did. */
  DataObject identify() {
    return identify;
  }

  /** Sends a dispatch event to the connected bot. */
  void dispatch(String type, DataObject data) {
    client.send(
        DataObject.empty()
            .put("op", 0)
            .put("t", type)
            .put("s", sequence.incrementAndGet())
            .put("d", data)
            .toString());
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    client = conn;
    conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    DataObject frame = DataObject.fromJson(message);
    int op = frame.getInt("op");
    if (op == 1) {
      conn.send("{\"op\":11}");
    } else if (op == 2) {
      identify = frame.getObject("d");
      dispatch("READY", world.ready(url()));
      dispatch("GUILD_CREATE", world.guild());
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
