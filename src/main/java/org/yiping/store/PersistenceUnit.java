package org.yiping.store;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
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
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.nonJtaDataSource", dataSource);
    // No database at boot: the database is named, and nothing is read from a connection.
    props.put("jakarta.persistence.database-product-name", "H2");
    props.put("jakarta.persistence.database-major-version", "2");
    props.put("jakarta.persistence.database-minor-version", "3");
    props.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    // No entity spans several tables, so bulk mutations never need Hibernate's temporary tables.
    props.put("hibernate.query.mutation_strategy.global_temporary.create_tables", "false");
    props.put("hibernate.query.mutation_strategy.global_temporary.drop_tables", "false");
    props.put("hibernate.hbm2ddl.auto", "none");
    props.put("hibernate.jdbc.batch_size", "100");
    props.put("hibernate.order_inserts", "true");
    props.put("hibernate.order_updates", "true");
    props.put("hibernate.connection.provider_disables_autocommit", "true");
    props.put("hibernate.jdbc.time_zone", "UTC");
    this.emf = new HibernatePersistenceConfiguration("yiping")
        .managedClasses(entities.toArray(Class<?>[]::new))
        .properties(props)
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
