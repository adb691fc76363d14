package followthrough.mongo.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import followthrough.core.scheduling.Nudge;
import followthrough.mongo.DispatchLoop;
import followthrough.mongo.EmbeddedMongo;
import followthrough.mongo.MongoNudgeQueue;
import followthrough.mongo.MongoSchema;
import followthrough.mongo.NudgeBacklog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Dispatch throughput of {@link MongoNudgeQueue} on the embedded server with the H2 file backend,
 * run by the Maven profile {@code bench} (see docs/benchmarks.md), never by the tests.
 *
 * <p>Each round fills a fresh store (a new data file) with a backlog of due nudges and drains it
 * completely through the real pipeline (claimable, claim, a gateway that does nothing, sent) with
 * one dispatcher; then, on another fresh store with the same backlog, a raw-driver loop does only
 * the claim operation, the same {@code findOneAndUpdate} the queue sends, once per nudge: the
 * ceiling. With several threads, the pipeline runs that many dispatchers (instances with a queue
 * each, racing for the same pages) and the claim-only loop splits the backlog among that many
 * threads. Arguments: backlog size (100000), rounds (3), page size (500), threads (1), page cache
 * in MB (0: the application's default).
 */
public final class NudgeDispatchBenchmark {

  private static final Instant DUE = Instant.parse("2026-03-02T08:00:00Z");
  private static final Clock NOW = Clock.fixed(DUE.plusSeconds(60), ZoneOffset.UTC);
  private static final Duration LEASE = Duration.ofMinutes(5);

  /** The store's page cache, or 0 for {@link EmbeddedMongo}'s default. */
  private static int cacheMegabytes;

  private NudgeDispatchBenchmark() {}

  public static void main(String[] args) throws IOException {
    int nudges = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int page = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    cacheMegabytes = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    System.out.printf(
        "nudge dispatch benchmark: backlog %d, rounds %d, page %d, threads %d, cache %s MB, %d cores,"
            + " Java %s, %s%n",
        nudges,
        rounds,
        page,
        threads,
        cacheMegabytes == 0 ? "default" : cacheMegabytes,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        jarOf(org.h2.mvstore.MVStore.class));
    System.out.println("warm-up (not counted):");
    pipeline(Math.min(nudges, 10_000), page, threads);
    ceiling(Math.min(nudges, 10_000), threads);
    System.out.println("| round | pipeline nudges/s | claim-only claims/s | ratio |");
    System.out.println("|---|---|---|---|");
    for (int round = 1; round <= rounds; round++) {
      double pipeline = pipeline(nudges, page, threads);
      double ceiling = ceiling(nudges, threads);
      System.out.printf(
          "| %d | %.0f | %.0f | %.2f |%n", round, pipeline, ceiling, pipeline / ceiling);
    }
  }

  /** The file name of the jar a class comes from, which names its version. */
  private static String jarOf(Class<?> type) {
    String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** Drains a backlog through the queue; returns nudges per second. */
  private static double pipeline(int nudges, int page, int threads) throws IOException {
    return onFreshStore(
        nudges,
        (db, backlog) -> {
          List<TimedQueue> queues = new ArrayList<>();
          List<DispatchLoop> loops = new ArrayList<>();
          for (int i = 1; i <= threads; i++) {
            TimedQueue queue = new TimedQueue(new MongoNudgeQueue(db));
            queues.add(queue);
            loops.add(new DispatchLoop(queue, "bench-" + i, NOW, LEASE, page, (n, by) -> {}));
          }
          long start = System.nanoTime();
          long sent = inParallel(loops.stream().map(loop -> (Callable<Long>) loop::drain).toList());
          long nanos = System.nanoTime() - start;
          if (sent != nudges) {
            throw new IllegalStateException("drained " + sent + " of " + nudges);
          }
          long lost = loops.stream().mapToLong(DispatchLoop::claimsLost).sum();
          System.out.printf(
              "  pipeline: %d nudges in %.1f s, %d claims lost to another dispatcher (%s)%n",
              sent,
              nanos / 1e9,
              lost,
              String.join("; ", queues.stream().map(TimedQueue::breakdown).toList()));
          return nanos;
        });
  }

  /** Claims every nudge of a backlog by id with the raw driver; returns claims per second. */
  private static double ceiling(int nudges, int threads) throws IOException {
    return onFreshStore(
        nudges,
        (db, backlog) -> {
          List<Callable<Long>> parts = new ArrayList<>();
          int size = (backlog.size() + threads - 1) / threads;
          for (int from = 0; from < backlog.size(); from += size) {
            List<Nudge> part = backlog.subList(from, Math.min(backlog.size(), from + size));
            parts.add(() -> claimEach(db, part));
          }
          long start = System.nanoTime();
          long claimed = inParallel(parts);
          long nanos = System.nanoTime() - start;
          if (claimed != nudges) {
            throw new IllegalStateException("claimed " + claimed + " of " + nudges);
          }
          System.out.printf("  claim-only: %d claims in %.1f s%n", claimed, nanos / 1e9);
          return nanos;
        });
  }

  /** The queue's claim, by hand: a findOneAndUpdate on {_id, claimableAt} moving claimableAt. */
  private static long claimEach(MongoDatabase db, List<Nudge> nudges) {
    MongoCollection<Document> urgent = db.getCollection("nudges_urgent");
    MongoCollection<Document> bulk = db.getCollection("nudges_bulk");
    FindOneAndUpdateOptions before =
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
    Date due = Date.from(DUE);
    Date until = Date.from(NOW.instant().plus(LEASE));
    Bson claim =
        Updates.combine(
            Updates.set("status", "CLAIMED"),
            Updates.set("claimedBy", "bench"),
            Updates.set("leaseUntil", until),
            Updates.set("claimableAt", until));
    long claimed = 0;
    for (Nudge nudge : nudges) {
      MongoCollection<Document> lane = nudge.kind().lane() == Nudge.Lane.URGENT ? urgent : bulk;
      Document filter = new Document("_id", nudge.id()).append("claimableAt", due);
      claimed += lane.findOneAndUpdate(filter, claim, before) == null ? 0 : 1;
    }
    return claimed;
  }

  /** Runs the tasks on a thread each and adds up their results. */
  private static long inParallel(List<Callable<Long>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      long sum = 0;
      for (Future<Long> result : pool.invokeAll(tasks)) {
        sum += result.get();
      }
      return sum;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code measure} on a new file store holding a due backlog; returns items per second. */
  private static double onFreshStore(int nudges, Measure measure) throws IOException {
    Path dir = Files.createTempDirectory("nudge-bench");
    Path file = dir.resolve("bench.mv");
    try (EmbeddedMongo mongo =
            cacheMegabytes == 0
                ? EmbeddedMongo.startFile(file)
                : EmbeddedMongo.startFile(file, cacheMegabytes);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoDatabase db = client.getDatabase("bench");
      MongoSchema.ensure(db);
      long start = System.nanoTime();
      List<Nudge> backlog = new ArrayList<>(NudgeBacklog.fill(db, nudges, DUE));
      mongo.commit();
      System.out.printf(
          "  filled %d nudges in %.1f s%n", nudges, (System.nanoTime() - start) / 1e9);
      backlog.sort(Comparator.comparing(Nudge::id)); // the order the pipeline's pages come in
      long nanos = measure.applyAsLong(db, backlog);
      return nudges / (nanos / 1e9);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One measurement on a filled store; returns the nanoseconds it took. */
  private interface Measure {
    long applyAsLong(MongoDatabase db, List<Nudge> backlog);
  }
}
