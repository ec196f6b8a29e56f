package org.yiping.store;

import jakarta.persistence.EntityManager;

/**
 * One unit of work: one EntityManager, one transaction. Repositories are built on it inside a service call and never
 * outlive it, so two repositories in one call share the transaction.
 */
public final class Work {
  private final EntityManager em;
  Work(EntityManager em) {
    this.em = em;
  }

  /** For repositories only (see ArchitectureTest). */
  public EntityManager em() {
    return em;
  }

  /** Writes pending changes and forgets managed entities: keeps memory flat in long batches. */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }
}
