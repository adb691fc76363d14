package followthrough.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-compatible server (mongo-java-server with its H2 MVStore backend) that the
 * application runs when no MongoDB URI is configured, and that the integration tests use by
 * default. It listens on 127.0.0.1 only, on a random free port; clients connect with the sync
 * driver through {@link #connectionString()}.
 *
 * <p>Started once at application start and closed at shutdown: {@link #close()} commits the store,
 * while a crash loses up to about a second of writes (MVStore commits about once a second); call
 * {@link #commit()} after writes that must not be lost. Only one process can open a file at a time.
 * All methods are thread-safe; {@link #close()} may be called more than once.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

  private static final String LOOPBACK = "127.0.0.1";

  /**
   * The page cache of {@link #startFile(Path)}, an upper bound on heap it takes. H2's own default,
   * 16 MB, holds too little of a large nudge backlog: every candidate scan then reads and decodes
   * the pages it passes again, which made draining 100,000 nudges about twice as slow (see
   * docs/benchmarks.md).
   */
  public static final int DEFAULT_CACHE_MEGABYTES = 128;

  private final MongoServer server;
  private final H2Backend backend;
  private final @Nullable Path file;
  private final String connectionString;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedMongo(MongoServer server, H2Backend backend, @Nullable Path file) {
    this.server = server;
    this.backend = backend;
    this.file = file;
    this.connectionString = "mongodb://" + LOOPBACK + ":" + server.getLocalAddress().getPort();
  }

  /**
   * Starts a server on the data file {@code file}, creating the file and its parent directories if
   * they are missing.
   *
   * @throws IllegalStateException when another process (or this one) has the file open
   * @throws UncheckedIOException when the parent directories cannot be created
   */
  public static EmbeddedMongo startFile(Path file) {
    return startFile(file, DEFAULT_CACHE_MEGABYTES);
  }

  /**
   * Like {@link #startFile(Path)}, with a page cache of at most {@code cacheMegabytes}: the store
   * keeps that much of the file's pages in memory, read and decoded.
   *
   * @throws IllegalArgumentException when {@code cacheMegabytes} is not positive
   */
  public static EmbeddedMongo startFile(Path file, int cacheMegabytes) {
    if (cacheMegabytes <= 0) {
      throw new IllegalArgumentException("the cache needs at least one megabyte");
    }
    Path absolute = file.toAbsolutePath();
    createParentDirectories(absolute);
    H2Backend backend = open(absolute, cacheMegabytes);
    EmbeddedMongo mongo = start(backend, absolute);
    log.debug("embedded MongoDB listening on port {}, data in {}", mongo.port(), absolute);
    return mongo;
  }

  /** Starts a server that keeps its data in memory only, for tests. */
  public static EmbeddedMongo startInMemory() {
    EmbeddedMongo mongo = start(H2Backend.inMemory(), null);
    log.debug("embedded MongoDB listening on port {}, data in memory", mongo.port());
    return mongo;
  }

  /** Where clients connect, {@code mongodb://127.0.0.1:<port>}, without a database name. */
  public String connectionString() {
    return connectionString;
  }

  /** The data file, or empty for a server that keeps its data in memory. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Writes every change so far to the data file now; does nothing for an in-memory server. */
  public void commit() {
    if (file != null) {
      backend.commit();
    }
  }

  /** Stops listening, waits for open connections to end, commits and closes the data file. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.shutdown();
      log.debug("embedded MongoDB stopped");
    }
  }

  private int port() {
    return server.getLocalAddress().getPort();
  }

  private static EmbeddedMongo start(H2Backend backend, @Nullable Path file) {
    MongoServer server = new MongoServer(backend);
    // On failure, bind() shuts the server down, which also closes the backend.
    server.bind(LOOPBACK, 0);
    return new EmbeddedMongo(server, backend, file);
  }

  private static H2Backend open(Path file, int cacheMegabytes) {
    try {
      return new H2Backend(
          new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes).open());
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        throw new IllegalStateException(
            "The data file "
                + file
                + " is locked: another Followthrough may be running on that file.",
            e);
      }
      throw e;
    }
  }

  private static void createParentDirectories(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory " + parent, e);
    }
  }
}
