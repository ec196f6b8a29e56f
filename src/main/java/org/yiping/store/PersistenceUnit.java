package org.yiping.store;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hibernate, booted once per process and before sign-in (ADR 0003): building the metadata of the entities is the
 * slow part of opening the store, and it needs no database. At sign-in only the pool, the migration check and a
 * schema validation remain. One store is attached at a time.
 */
public final class PersistenceUnit implements AutoCloseable {
  private final DeferredDataSource dataSource = new DeferredDataSource();
  private final EntityManagerFactory emf;
  private boolean attached;

  private PersistenceUnit(List<Class<?>> entities) {
    this.emf = new HibernatePersistenceConfiguration("yiping")
        .managedClasses(entities.toArray(Class<?>[]::new))
        .properties(Map.of(
            "jakarta.persistence.nonJtaDataSource", dataSource,
            // No database at boot: the dialect is named, and nothing is read from a connection.
            "hibernate.dialect", "org.hibernate.dialect.H2Dialect",
            "hibernate.boot.allow_jdbc_metadata_access", "false",
            "hibernate.hbm2ddl.auto", "none",
            "hibernate.jdbc.batch_size", "100",
            "hibernate.order_inserts", "true",
            "hibernate.order_updates", "true",
            "hibernate.connection.provider_disables_autocommit", "true",
            "hibernate.jdbc.time_zone", "UTC"))
        .createEntityManagerFactory();
  }

  public static PersistenceUnit boot(List<Class<?>> entities) {
    return new PersistenceUnit(entities);
  }

  synchronized void attach(DataSource ds) {
    if (attached) {
      throw new IllegalStateException("a store is already open in this process");
    }
    dataSource.attach(ds);
    attached = true;
  }

  synchronized void detach() {
    dataSource.detach();
    attached = false;
  }

  /** Checks that the entities and the migrated schema agree (Hibernate's validation, run against the open store). */
  void validateSchema() {
    try {
      emf.getSchemaManager().validate();
    } catch (jakarta.persistence.SchemaValidationException e) {
      throw new org.yiping.core.UserFacingException(e, "error.database.schema");
    }
  }

  EntityManagerFactory emf() {
    return emf;
  }

  @Override
  public void close() {
    emf.close();
  }
}
