package org.yiping.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Users in the store. */
final class UserRepository {
  private final Work work;

  UserRepository(Work work) {
    this.work = work;
  }

  Optional<AppUser> byUsername(String username) {
    return work.em().createQuery("select u from AppUser u where u.username = :n", AppUser.class)
        .setParameter("n", username).getResultStream().findFirst();
  }

  Optional<AppUser> byId(UUID id) {
    return Optional.ofNullable(work.em().find(AppUser.class, id));
  }

  List<AppUser> all() {
    return work.em().createQuery("select u from AppUser u order by u.username", AppUser.class).getResultList();
  }

  void add(AppUser user) {
    work.em().persist(user);
  }

  /** Counts enabled admins, including changes not yet flushed in this unit of work (the query flushes first). */
  long activeAdmins() {
    return work.em().createQuery("select count(u) from AppUser u where u.role = :r and u.disabled = false", Long.class)
        .setParameter("r", Role.ADMIN).getSingleResult();
  }
}
