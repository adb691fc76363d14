package followthrough.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import followthrough.core.scheduling.Nudge;
import followthrough.core.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two dispatcher instances, each with its own client and queue, drain 10,000 due nudges from one
 * store: the embedded server on an H2 file, or the MongoDB at {@code MONGODB_URI} when set.
 */
class NudgeDispatchIT {

  private static final Logger log = LoggerFactory.getLogger(NudgeDispatchIT.class);

  private static final int NUDGES = 10_000;
  private static final int PAGE = 200;
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static EmbeddedMongo embedded;
  private static Path dataDir;
  private static String connectionString;

  private final MutableClock clock = new MutableClock(T0);
  private final Map<String, List<String>> deliveries = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private MongoClient clientA;
  private MongoClient clientB;
  private String dbName;
  private List<String> ids;

  /** Thrown by the gateway to end an instance abruptly, as a crash would. */
  private static final class InstanceKilled extends RuntimeException {
    InstanceKilled() {
      super("instance killed", null, false, false);
    }
  }

  @BeforeAll
  static void startStore() throws Exception {
    String uri = System.getenv("MONGODB_URI");
    if (uri != null && !uri.isBlank()) {
      connectionString = uri;
      return;
    }
    dataDir = Files.createTempDirectory("nudge-dispatch-it");
    embedded = EmbeddedMongo.startFile(dataDir.resolve("followthrough.mv"));
    connectionString = embedded.connectionString();
  }

  @AfterAll
  static void stopStore() throws Exception {
    if (embedded != null) {
      embedded.close();
      try (var files = Files.walk(dataDir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void fillTheBacklog() {
    clientA = MongoClients.create(connectionString);
    clientB = MongoClients.create(connectionString);
    dbName = "ft_dispatch_" + UUID.randomUUID().toString().substring(0, 8);
    MongoDatabase db = clientA.getDatabase(dbName);
    MongoSchema.ensure(db);
    ids = NudgeBacklog.fill(db, NUDGES, T0.minusSeconds(60)).stream().map(Nudge::id).toList();
  }

  @AfterEach
  void dropTheStore() {
    pool.shutdownNow();
    clientA.getDatabase(dbName).drop();
    clientA.close();
    clientB.close();
  }

  private DispatchLoop instance(MongoClient client, String name, DispatchLoop.Gateway gateway) {
    return new DispatchLoop(
        new MongoNudgeQueue(client.getDatabase(dbName)), name, clock, LEASE, PAGE, gateway);
  }

  private void record(Nudge nudge, String instance) {
    deliveries.computeIfAbsent(nudge.id(), id -> new CopyOnWriteArrayList<>()).add(instance);
  }

  private long countInStore(String field, String value) {
    MongoDatabase db = clientA.getDatabase(dbName);
    return db.getCollection("nudges_urgent").countDocuments(Filters.eq(field, value))
        + db.getCollection("nudges_bulk").countDocuments(Filters.eq(field, value));
  }

  @Test
  void twoInstancesDeliverEveryNudgeExactlyOnce() throws Exception {
    // given
    DispatchLoop a = instance(clientA, "a", this::record);
    DispatchLoop b = instance(clientB, "b", this::record);
    // when
    Future<Long> sentByA = pool.submit(a::drain);
    Future<Long> sentByB = pool.submit(b::drain);
    long sent = sentByA.get() + sentByB.get();
    // then
    assertThat(sent).isEqualTo(NUDGES);
    assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(deliveries.values()).allSatisfy(by -> assertThat(by).hasSize(1));
    assertThat(sentByA.get()).isPositive();
    assertThat(sentByB.get()).isPositive();
    assertThat(countInStore("status", "SENT")).isEqualTo(NUDGES);
    log.info("lost claims to the other instance: a {}, b {}", a.claimsLost(), b.claimsLost());
  }

  @Test
  void whenOneInstanceDiesTheOtherSendsItsClaimsAfterTheLeaseAndLosesNone() throws Exception {
    // given: b dies right after recording its 1500th delivery, before marking it sent
    AtomicInteger deliveredByB = new AtomicInteger();
    DispatchLoop a = instance(clientA, "a", this::record);
    DispatchLoop b =
        instance(
            clientB,
            "b",
            (nudge, name) -> {
              record(nudge, name);
              if (deliveredByB.incrementAndGet() == 1500) {
                throw new InstanceKilled();
              }
            });
    Future<Long> survivor = pool.submit(a::drain);
    Future<Long> killed = pool.submit(b::drain);
    assertThatThrownBy(killed::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InstanceKilled.class);
    survivor.get();
    long inFlight = countInStore("claimedBy", "b");
    // when
    clock.advance(LEASE);
    a.drain();
    // then
    List<String> duplicates =
        deliveries.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey())
            .toList();
    duplicates.forEach(id -> log.warn("nudge {} delivered twice: {}", id, deliveries.get(id)));
    assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(inFlight).isPositive();
    assertThat(duplicates).hasSizeLessThanOrEqualTo((int) inFlight).isNotEmpty();
    assertThat(duplicates)
        .allSatisfy(id -> assertThat(deliveries.get(id)).containsExactly("b", "a"));
    assertThat(countInStore("status", "SENT")).isEqualTo(NUDGES);
    log.info("b died with {} nudges in flight; {} delivered twice", inFlight, duplicates.size());
  }
}
