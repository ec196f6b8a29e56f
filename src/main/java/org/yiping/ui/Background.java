package org.yiping.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and brings results back to it. Every database, file and key-derivation call from a
 * screen goes through here: the FX thread never waits on I/O.
 */
public final class Background implements AutoCloseable {
  private final ExecutorService pool;
  /** One lane for work whose order matters (answers saved as they are given). */
  private final ExecutorService inOrder;

  public Background() {
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "yiping-background-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.inOrder = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "yiping-in-order");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Like {@link #run}, but one after another in the order called: two answers to the same assessment given in
   * quick succession are saved in that order, never racing for the same row.
   */
  public <T> Task<T> runInOrder(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    return execute(inOrder, task(work), onSuccess, onFailure);
  }

  private static <T> Task<T> task(Callable<T> work) {
    return new Task<>() {
      @Override
      protected T call() throws Exception {
        return work.call();
      }
    };
  }

  private static <T> Task<T> execute(ExecutorService executor, Task<T> task, Consumer<T> onSuccess,
      Consumer<Throwable> onFailure) {
    task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
    task.setOnFailed(e -> onFailure.accept(task.getException()));
    try {
      executor.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // The window is closing and the pool is shut down: nothing is left to update.
      task.cancel(false);
    }
    return task;
  }

  /** Runs {@code work}; then {@code onSuccess} or {@code onFailure} on the FX thread. */
  public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    return execute(pool, task(work), onSuccess, onFailure);
  }

  /** Submits a task that reports progress and may be cancelled. */
  public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    return execute(pool, task, onSuccess, onFailure);
  }

  /** Waits (at most {@code max}) for the work already queued in order, e.g. answers being saved, to finish. */
  public void awaitInOrder(java.time.Duration max) {
    try {
      inOrder.submit(() -> { }).get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      // Closed already, or stuck: closing goes on; what was committed is safe in the store.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    inOrder.shutdownNow();
  }
}
