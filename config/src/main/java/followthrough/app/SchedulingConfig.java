package followthrough.app;

import followthrough.core.scheduling.Job;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scheduled thread that runs every job, one after the other, with a fixed pause between runs. A
 * failing job is logged and the schedule goes on.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfig {

  private static final Logger log = LoggerFactory.getLogger(SchedulingConfig.class);

  /** Runs every job once; the terminal chat's {@code :tick} calls it too. */
  @Bean
  JobRunner jobRunner(List<Job> jobs) {
    return new JobRunner(jobs);
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService jobScheduler(JobRunner runner, FollowthroughProperties properties) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "followthrough-jobs");
              thread.setDaemon(true);
              return thread;
            });
    long tick = properties.scheduler().tick().toMillis();
    executor.scheduleWithFixedDelay(runner, tick, tick, TimeUnit.MILLISECONDS);
    return executor;
  }

  /** Runs all jobs in order, each guarded, so that one failure never stops the others. */
  static final class JobRunner implements Runnable {
    private final List<Job> jobs;

    JobRunner(List<Job> jobs) {
      this.jobs = List.copyOf(jobs);
    }

    @Override
    public synchronized void run() {
      for (Job job : jobs) {
        try {
          job.runOnce();
        } catch (RuntimeException e) {
          log.warn("Job {} failed; the schedule goes on", job.name(), e);
        }
      }
    }
  }
}
