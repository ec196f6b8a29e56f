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

  /** User name → display name of these users. */
  java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    work.em().createQuery("select u.username, u.displayName from AppUser u where u.username in :n", Object[].class)
        .setParameter("n", usernames).getResultStream().forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
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
