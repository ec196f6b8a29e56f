package org.yiping.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.core.SafeErrors;
import org.yiping.core.UserFacingException;

/**
 * Syncs on its own whenever the centre can be reached, so an assessor back in signal range needs to do nothing:
 * every {@code every} it probes the centre (a few seconds at most) and, if it answers, syncs with the centre session
 * this user kept from signing in once on the sync screen. It never asks for a password and never interrupts: what
 * it finds out is its {@link State}, which the status bar shows. One thread, stopped with the workspace.
 */
public final class BackgroundSync implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundSync.class);
  /** How long the probe waits for the centre before calling this laptop offline. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(4);

  /** Where background sync stands, as the status bar says it. */
  public enum Phase {
    /** Not yet looked. */
    STARTING,
    /** This laptop is not enrolled with a centre: it works offline by design. */
    NOT_ENROLLED,
    /** The centre did not answer: changes wait here. */
    OFFLINE,
    /** The centre answers but this user has no centre session: sync once on the sync screen with the password. */
    SIGN_IN_NEEDED,
    SYNCING,
    SYNCED,
    /** The centre refused (a revoked device, say): the problem says what to do. */
    FAILED
  }

  /**
   * @param lastSync when this laptop last finished a sync (any kind), or null
   * @param problem for FAILED, what the centre or the laptop said (rendered in the user's language), else null
   */
  public record State(Phase phase, Instant lastSync, long done, long total, UserFacingException problem) {
    static State of(Phase phase, Instant lastSync) {
      return new State(phase, lastSync, 0, 0, null);
    }
  }

  private final SyncEngine engine;
  private final Duration every;
  private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer;
  private volatile State state;
  private volatile boolean stopping;
  private ScheduledFuture<?> schedule;

  public BackgroundSync(SyncEngine engine, Duration every) {
    this.engine = engine;
    this.every = every;
    this.state = State.of(Phase.STARTING, null);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "background-sync");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      return t;
    });
    // A sync from the sync screen (or the command line in this process) shows as synced too.
    engine.addListener((report, at) -> {
      if (state.phase() != Phase.SYNCING) {
        publish(State.of(Phase.SYNCED, at));
      }
    });
  }

  /** Starts the rounds: the first after {@code firstAfter}, then every {@code every} after the end of the last. */
  public synchronized BackgroundSync start(Duration firstAfter) {
    if (schedule == null) {
      schedule = timer.scheduleWithFixedDelay(this::runQuietly, firstAfter.toMillis(), every.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    return this;
  }

  public State state() {
    return state;
  }

  /** Told of every change of state, on the background thread (a UI hands it to its own thread). */
  public void addListener(Consumer<State> listener) {
    listeners.add(listener);
    listener.accept(state);
  }

  private void runQuietly() {
    try {
      if (!stopping) {
        runOnce();
      }
    } catch (java.util.concurrent.CancellationException e) {
      LOG.debug("Background sync stopped between batches");
    } catch (RuntimeException e) {
      // The next round tries again; the status bar says what went wrong.
      LOG.warn("Background sync failed: {}", SafeErrors.describe(e));
    }
  }

  /** One round: probe, then sync with the kept session. Returns the state it ends in. */
  public State runOnce() {
    Instant last = engine.lastSync().orElse(null);
    if (!engine.enrolled()) {
      return publish(State.of(Phase.NOT_ENROLLED, last));
    }
    if (!engine.centreReachable(PROBE_TIMEOUT)) {
      return publish(State.of(Phase.OFFLINE, last));
    }
    if (engine.keptSession().isEmpty()) {
      return publish(State.of(Phase.SIGN_IN_NEEDED, last));
    }
    try {
      SyncReport r = engine.syncInBackground((phase, done, total) -> {
        if (stopping) {
          // Between batches or pages, each already committed: stopping here loses nothing.
          throw new java.util.concurrent.CancellationException("signing out");
        }
        publish(new State(Phase.SYNCING, last, done, total, null));
      });
      if (r == null) {
        return state; // a sync from the sync screen is running and will report itself
      }
      return publish(State.of(Phase.SYNCED, engine.lastSync().orElse(null)));
    } catch (SyncEngine.SessionNeeded e) {
      return publish(State.of(Phase.SIGN_IN_NEEDED, last));
    } catch (CentreClient.Unreachable e) {
      return publish(State.of(Phase.OFFLINE, last));
    } catch (UserFacingException e) {
      return publish(new State(Phase.FAILED, last, 0, 0, e));
    }
  }

  private State publish(State s) {
    state = s;
    for (Consumer<State> l : listeners) {
      try {
        l.accept(s);
      } catch (RuntimeException e) {
        LOG.warn("Background sync listener failed: {}", SafeErrors.describe(e));
      }
    }
    return s;
  }

  /**
   * Stops the rounds. A round under way stops after its current batch or page (each commits on its own). No thread
   * interrupt: an interrupt inside a store write would close H2's file channel under every other user of the store.
   */
  @Override
  public synchronized void close() {
    stopping = true;
    timer.shutdown();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
