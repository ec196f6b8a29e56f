package org.yiping.store;

import jakarta.persistence.EntityManager;

/**
 * One unit of work: one EntityManager, one transaction. Repositories are built on it inside a service call and never
 * outlive it, so two repositories in one call share the transaction.
 */
public final class Work {
  private final EntityManager em;
  private final boolean readOnly;

  Work(EntityManager em, boolean readOnly) {
    this.em = em;
    this.readOnly = readOnly;
  }

  /** For repositories only (see ArchitectureTest). */
  public EntityManager em() {
    return em;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** Writes pending changes and forgets managed entities: keeps memory flat in long batches. */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }
}
