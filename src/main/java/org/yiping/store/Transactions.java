package org.yiping.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/** Runs a function in one unit of work and one transaction: commit on return, roll back on any exception. */
public final class Transactions {
  private final EntityManagerFactory emf;

  Transactions(EntityManagerFactory emf) {
    this.emf = emf;
  }

  public <T> T write(Function<Work, T> body) {
    return run(body, false);
  }

  public void writeVoid(Consumer<Work> body) {
    run(w -> {
      body.accept(w);
      return null;
    }, false);
  }

  public <T> T read(Function<Work, T> body) {
    return run(body, true);
  }

  private <T> T run(Function<Work, T> body, boolean readOnly) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      if (readOnly) {
        em.unwrap(Session.class).setDefaultReadOnly(true);
      }
      tx.begin();
      T result = body.apply(new Work(em));
      if (readOnly) {
        tx.rollback();
      } else {
        tx.commit();
      }
      return result;
    } catch (RuntimeException | Error e) {
      if (tx.isActive()) {
        tx.rollback();
      }
      throw e;
    } finally {
      em.close();
    }
  }
}
