package followthrough.mongo.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import followthrough.core.domain.team.ActivityKind;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.NudgePlanner;
import followthrough.core.team.ActivityRecorder;
import followthrough.core.team.SilentMembersJob;
import followthrough.mongo.EmbeddedMongo;
import followthrough.mongo.MongoActivity;
import followthrough.mongo.MongoNudgeQueue;
import followthrough.mongo.MongoSchema;
import followthrough.mongo.MongoSilenceWatch;
import followthrough.mongo.MongoTeam;
import followthrough.mongo.MongoUserProfiles;
import followthrough.mongo.TeamBacklog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The daily run of {@link SilentMembersJob} on the embedded server with the H2 file backend, run by
 * the Maven profile {@code bench} (see docs/benchmarks.md), never by the tests. For each size, on a
 * new data file: fill the team collections as after a month of activity ({@link TeamBacklog}), then
 * time the job's one query (the silence watch's buckets of yesterday), the whole run (which plans a
 * nudge per member who fell silent yesterday, into the real nudge queue), and the cost that keeps
 * the facts current: {@link ActivityRecorder#record} for a sample of members. Arguments: sizes
 * (10000,100000), activities per member (10), recorder sample (10000), page cache in MB (0: the
 * application's default).
 */
public final class SilentMembersBenchmark {

  private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");

  private SilentMembersBenchmark() {}

  public static void main(String[] args) throws IOException {
    String sizes = args.length > 0 ? args[0] : "10000,100000";
    int perMember = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int cache = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    System.out.printf(
        "silent-member benchmark: sizes %s, %d activities per member, recorder sample %d, cache %s"
            + " MB, %d cores, Java %s%n",
        sizes,
        perMember,
        sample,
        cache == 0 ? "default" : cache,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println("warm-up round of 2,000 members (not counted):");
    round(2_000, perMember, 1_000, cache);
    System.out.println(
        "| members | activity records | fill s | silent yesterday | query ms (first / warm)"
            + " | filings read | run ms | of which scheduling ms | nudges planned"
            + " | record ms each |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (String size : sizes.split(",")) {
      round(Integer.parseInt(size.strip()), perMember, sample, cache);
    }
  }

  private static void round(int members, int perMember, int sample, int cache) throws IOException {
    Path dir = Files.createTempDirectory("silence-bench");
    Path file = dir.resolve("bench.mv");
    try (EmbeddedMongo mongo =
            cache == 0 ? EmbeddedMongo.startFile(file) : EmbeddedMongo.startFile(file, cache);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoDatabase db = client.getDatabase("bench");
      MongoSchema.ensure(db);
      LocalDate yesterday = TeamBacklog.day(NOW).minusDays(1);
      long fillStart = System.nanoTime();
      Map<LocalDate, Integer> silentOn = TeamBacklog.fill(db, members, perMember, NOW, yesterday);
      double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
      MongoSilenceWatch watch = new MongoSilenceWatch(db);
      MongoActivity activity = new MongoActivity(db);
      MongoTeam team = new MongoTeam(db);
      MongoUserProfiles profiles = new MongoUserProfiles(db);
      ActivityRecorder recorder = new ActivityRecorder(activity, team, watch, profiles, clock);
      TimedSchedule queue = new TimedSchedule(new MongoNudgeQueue(db));
      SilentMembersJob job =
          new SilentMembersJob(
              watch, team, activity, recorder, new NudgePlanner(profiles, clock), queue, clock);
      watch.handledThrough(yesterday.minusDays(1));
      long queryStart = System.nanoTime();
      int read = watch.due(yesterday, yesterday).size();
      double firstMs = (System.nanoTime() - queryStart) / 1e6;
      double warmMs = warmQuery(watch, yesterday);
      long runStart = System.nanoTime();
      int planned = job.run();
      double runMs = (System.nanoTime() - runStart) / 1e6;
      double recordMs = recorderCost(recorder, members, sample);
      System.out.printf(
          "| %,d | %,d | %.1f | %,d | %.1f / %.1f | %,d | %.0f | %.0f | %,d | %.2f |%n",
          members,
          (long) members * perMember,
          fillSeconds,
          silentOn.getOrDefault(yesterday, 0),
          firstMs,
          warmMs,
          read,
          runMs,
          queue.scheduleNanos / 1e6,
          planned,
          recordMs);
      if (watch.due(yesterday, yesterday).size() != 0) {
        throw new IllegalStateException("the run left yesterday's filings");
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The median of five more runs of the same query. */
  private static double warmQuery(MongoSilenceWatch watch, LocalDate day) {
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      watch.due(day, day);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  /** Milliseconds per activity recorded (counter, last activity, silence filing moved). */
  private static double recorderCost(ActivityRecorder recorder, int members, int sample) {
    Random random = new Random(42);
    long start = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      recorder.record(TeamBacklog.member(random.nextInt(members)), ActivityKind.TOUCH_LOGGED, NOW);
    }
    return (System.nanoTime() - start) / 1e6 / sample;
  }

  /** The nudge queue, timing {@link NudgeQueue#schedule}; single-threaded. */
  private static final class TimedSchedule implements NudgeQueue {
    private final NudgeQueue delegate;
    private long scheduleNanos;

    TimedSchedule(NudgeQueue delegate) {
      this.delegate = delegate;
    }

    @Override
    public void schedule(Nudge nudge) {
      long start = System.nanoTime();
      delegate.schedule(nudge);
      scheduleNanos += System.nanoTime() - start;
    }

    @Override
    public int cancel(UserId owner, String subjectId) {
      return delegate.cancel(owner, subjectId);
    }

    @Override
    public List<String> claimable(Nudge.Lane lane, Instant now, int limit) {
      return delegate.claimable(lane, now, limit);
    }

    @Override
    public Optional<Nudge> claim(String id, String instance, Instant now, Duration lease) {
      return delegate.claim(id, instance, now, lease);
    }

    @Override
    public void sent(String id, String instance) {
      delegate.sent(id, instance);
    }

    @Override
    public void retry(String id, String instance, Instant at) {
      delegate.retry(id, instance, at);
    }

    @Override
    public void giveUp(String id, String instance) {
      delegate.giveUp(id, instance);
    }

    @Override
    public void dismiss(String id, String instance) {
      delegate.dismiss(id, instance);
    }

    @Override
    public int purgeFinished(Instant dueBefore) {
      return delegate.purgeFinished(dueBefore);
    }
  }
}
