package org.yiping.elder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * The elder registry (一人一档): create, change, view and delete files. Every call checks the role, writes its audit
 * entry and outbox row in the same transaction as the change, and keeps the search index current.
 */
public final class ElderService {
  private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {};

  private final Transactions tx;
  private final Session session;
  private final DivisionCatalog divisions;
  private final ElderValidator validator;
  private final ObjectMapper json;
  private final Clock clock;
  private final ElderIndex index;

  public ElderService(Transactions tx, Session session, DivisionCatalog divisions, ObjectMapper json, Clock clock,
      ElderIndex index) {
    this.tx = tx;
    this.session = session;
    this.divisions = divisions;
    this.validator = new ElderValidator(divisions);
    this.json = json;
    this.clock = clock;
    this.index = index;
  }

  public ElderFile create(ElderDraft draft) {
    session.require(Permission.EDIT_ELDERS);
    ValidElder v = validator.validate(draft, today());
    Instant now = clock.instant();
    ElderFile created = tx.write(w -> {
      ElderRepository elders = new ElderRepository(w);
      refuseDuplicate(elders, v, null);
      Elder e = new Elder(Ids.newId(), now);
      e.apply(v, contactsJson(draft.contacts()));
      e.touch(now, session.username(), session.deviceId());
      elders.add(e);
      new Outbox(w).recordCreated(Elder.RECORD_TYPE, e, now);
      new AuditLog(w).append(now, session.username(), AuditAction.ELDER_CREATED, Elder.RECORD_TYPE,
          e.id().toString(), null);
      return toFile(e);
    });
    index.put(created);
    return created;
  }

  /**
   * Saves changes to a file. {@code expectedRev} is the revision the editor loaded: if someone else saved in the
   * meantime the change is refused rather than silently overwriting theirs.
   */
  public ElderFile update(UUID id, long expectedRev, ElderDraft draft) {
    session.require(Permission.EDIT_ELDERS);
    ValidElder v = validator.validate(draft, today());
    Instant now = clock.instant();
    ElderFile updated = tx.write(w -> {
      ElderRepository elders = new ElderRepository(w);
      Elder e = elders.byId(id).orElseThrow(() -> new UserFacingException("elder.problem.notFound"));
      if (e.rev() != expectedRev) {
        throw new UserFacingException("elder.problem.changedMeanwhile", e.updatedBy());
      }
      refuseDuplicate(elders, v, id);
      List<String> changed = changedFields(toFile(e), draft);
      e.apply(v, contactsJson(draft.contacts()));
      e.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(Elder.RECORD_TYPE, e, now);
      // Field names only, never values: the audit log holds no personal data.
      new AuditLog(w).append(now, session.username(), AuditAction.ELDER_UPDATED, Elder.RECORD_TYPE, id.toString(),
          String.join(",", changed));
      return toFile(e);
    });
    index.put(updated);
    return updated;
  }

  /**
   * Saves the editor's draft, made from {@code loaded}. If the file was saved since (at the centre and brought down
   * by sync, say), the fields this edit changed go on top of the newer version, as long as that version left them
   * alone; if it changed one of them too, {@link ElderChangedException} carries the newer version and those fields,
   * and nothing is saved: the editor keeps what was typed, and saving again stands on the newer version.
   */
  public ElderFile update(UUID id, ElderFile loaded, ElderDraft draft) {
    session.require(Permission.EDIT_ELDERS);
    ElderFile current = tx.read(w -> new ElderRepository(w).byId(id).map(this::toFile))
        .orElseThrow(() -> new UserFacingException("elder.problem.notFound"));
    if (current.rev() == loaded.rev()) {
      return update(id, loaded.rev(), draft);
    }
    List<String> mine = changedFields(loaded, draft);
    List<String> theirs = changedFields(loaded, current.toDraft());
    List<String> both = mine.stream().filter(theirs::contains)
        .filter(f -> !java.util.Objects.equals(normalize(component(draft, f)),
            normalize(component(current.toDraft(), f))))
        .toList();
    if (!both.isEmpty()) {
      throw new ElderChangedException(current, both);
    }
    return update(id, current.rev(), withFields(current.toDraft(), draft, mine));
  }

  private static Object component(ElderDraft d, String name) {
    try {
      return ElderDraft.class.getMethod(name).invoke(d);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code base} with the named fields taken from {@code from}. */
  private static ElderDraft withFields(ElderDraft base, ElderDraft from, List<String> fields) {
    var components = ElderDraft.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = component(fields.contains(components[i].getName()) ? from : base, components[i].getName());
    }
    try {
      return ElderDraft.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens a file for viewing; every view is audited. */
  public ElderFile get(UUID id) {
    session.require(Permission.VIEW_ELDERS);
    Instant now = clock.instant();
    return tx.write(w -> {
      Elder e = new ElderRepository(w).byId(id).orElseThrow(() -> new UserFacingException("elder.problem.notFound"));
      new AuditLog(w).append(now, session.username(), AuditAction.ELDER_VIEWED, Elder.RECORD_TYPE, id.toString(),
          null);
      return toFile(e);
    });
  }

  /**
   * A file for a report. Not audited here: the report service writes one entry for what it made (REPORT_VIEWED for
   * one report, REPORT_BATCH for a batch of a thousand) instead of one ELDER_VIEWED per file it read.
   */
  public ElderFile fileForReport(UUID id) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> toFile(new ElderRepository(w).byId(id)
        .orElseThrow(() -> new UserFacingException("elder.problem.notFound"))));
  }

  /** Deletes a file (a tombstone that syncs; the ID number stays taken until the centre has it). Admin only. */
  public void delete(UUID id) {
    session.require(Permission.DELETE_ELDERS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      Elder e = new ElderRepository(w).byId(id).orElseThrow(() -> new UserFacingException("elder.problem.notFound"));
      e.markDeleted();
      e.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(Elder.RECORD_TYPE, e, now);
      new AuditLog(w).append(now, session.username(), AuditAction.ELDER_DELETED, Elder.RECORD_TYPE, id.toString(),
          null);
    });
    index.remove(id);
  }

  /**
   * The facts monthly lists and statistics work from (flags, economic status, birth date, place) for every elder of
   * a township, or all when null; like a search result, not an opening of a file, so not audited.
   */
  public List<ElderFacts> facts(String townshipCode) {
    session.require(Permission.VIEW_ELDERS);
    if (index.loaded()) {
      // The search index already holds these facts for every elder: no need to read 100,000 rows again.
      return index.all(townshipCode).stream().map(e -> new ElderFacts(e.id(), e.name(), e.townshipCode(),
          e.villageCode(), e.economicStatus(), e.flags(), e.birthDate())).toList();
    }
    return tx.read(w -> new ElderRepository(w).factsOf(townshipCode)).stream()
        .map(r -> new ElderFacts(r.id(), r.name(), r.townshipCode(), r.villageCode(), r.economicStatus(),
            EnumSetText.read(HardshipFlag.class, r.flags()), r.birthDate()))
        .toList();
  }

  /**
   * The counts statistics need (flags, economic status, 80 or over on {@code day}) for a township, or all when null,
   * as grouped rows: a store-wide dashboard over 100,000 files reads a few hundred rows, not 100,000. Not audited: no
   * file is opened.
   */
  public ElderProfile profile(String townshipCode, java.time.LocalDate day) {
    session.require(Permission.VIEW_ELDERS);
    return new ElderProfile(tx.read(w -> new ElderRepository(w).profile(townshipCode, day.minusYears(80))).stream()
        .map(r -> new ElderProfile.Group(EnumSetText.read(HardshipFlag.class, (String) r[0]),
            r[1] == null ? null : EconomicStatus.valueOf((String) r[1]), ((Number) r[2]).intValue(),
            ((Number) r[3]).intValue()))
        .toList());
  }

  /** The ids of a township's live files (a township has a few thousand at most). */
  public java.util.Set<UUID> idsIn(String townshipCode) {
    session.require(Permission.VIEW_ELDERS);
    return java.util.Set.copyOf(tx.read(w -> new ElderRepository(w).idsIn(townshipCode)));
  }

  /** Which of {@code ids} are live files (not deleted), looked up by id in chunks. */
  public java.util.Set<UUID> liveAmong(java.util.Collection<UUID> ids) {
    session.require(Permission.VIEW_ELDERS);
    List<UUID> all = List.copyOf(ids);
    return tx.read(w -> {
      ElderRepository repo = new ElderRepository(w);
      java.util.Set<UUID> out = new java.util.HashSet<>();
      for (int from = 0; from < all.size(); from += 1_000) {
        out.addAll(repo.liveAmong(all.subList(from, Math.min(all.size(), from + 1_000))));
      }
      return out;
    });
  }

  /** The facts of the live files among {@code ids}, read in chunks the database takes comfortably. */
  public List<ElderFacts> factsOf(java.util.Collection<UUID> ids) {
    session.require(Permission.VIEW_ELDERS);
    List<UUID> all = List.copyOf(ids);
    List<ElderFacts> out = new java.util.ArrayList<>(all.size());
    return tx.read(w -> {
      ElderRepository repo = new ElderRepository(w);
      for (int from = 0; from < all.size(); from += 1_000) {
        repo.factsOf(all.subList(from, Math.min(all.size(), from + 1_000))).forEach(r -> out.add(
            new ElderFacts(r.id(), r.name(), r.townshipCode(), r.villageCode(), r.economicStatus(),
                EnumSetText.read(HardshipFlag.class, r.flags()), r.birthDate())));
      }
      return out;
    });
  }

  /** Township codes with at least one elder on file, in code order. */
  public List<String> townshipsInUse() {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new ElderRepository(w).townshipsInUse());
  }

  /** Names for lists (drafts, review queue): like a search result, not an opening of the file, so not audited. */
  public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new ElderRepository(w).names(ids));
  }

  public long count() {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new ElderRepository(w).countLive());
  }

  /** The index of every live file; loads it from the store on first use (off the FX thread). */
  public ElderIndex index() {
    session.require(Permission.VIEW_ELDERS);
    index.loadIfNeeded(() -> tx.read(w -> new ElderRepository(w).indexRows()));
    return index;
  }

  /**
   * Brings the search index up to date with these files, written or removed without passing through this service
   * (a sync pull, a resolved conflict, two files merged); call off the FX thread. Nothing to do while the index is
   * not loaded: it reads every file when first searched.
   */
  public void reindex(java.util.Set<UUID> ids) {
    if (!index.loaded() || ids.isEmpty()) {
      return;
    }
    index.refresh(ids, tx.read(w -> new ElderRepository(w).indexRows(ids)));
  }

  private void refuseDuplicate(ElderRepository elders, ValidElder v, UUID self) {
    elders.byIdNumber(v.idNumber().value()).filter(existing -> !existing.id().equals(self)).ifPresent(existing -> {
      throw new DuplicateElderException(existing.id(), existing.name());
    });
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  String contactsJson(List<Contact> contacts) {
    try {
      return json.writeValueAsString(contacts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ElderFile toFile(Elder e) {
    List<Contact> contacts;
    try {
      contacts = json.readValue(e.contactsJson(), CONTACTS);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("contacts of elder " + e.id() + " unreadable", ex);
    }
    String divisionName = e.villageCode() == null ? null : divisions.fullName(e.villageCode());
    java.util.EnumSet<HardshipFlag> flags = java.util.EnumSet.noneOf(HardshipFlag.class);
    flags.addAll(EnumSetText.read(HardshipFlag.class, e.hardshipFlagsText()));
    if (java.time.Period.between(e.birthDate(), today()).getYears() >= ElderIndex.ADVANCED_AGE) {
      flags.add(HardshipFlag.ADVANCED_AGE);
    }
    return new ElderFile(e.id(), e.rev(), e.name(), e.idNumber(), e.birthDate(), e.sex(), e.ethnicity(),
        e.religion(), e.phone(), e.address(), e.townshipCode(), e.villageCode(), divisionName,
        EnumSetText.read(LivingArrangement.class, e.livingArrangementsText()), e.maritalStatus(), e.education(),
        EnumSetText.read(MedicalPayment.class, e.medicalPaymentsText()),
        EnumSetText.read(IncomeSource.class, e.incomeSourcesText()), e.economicStatus(), flags, contacts, e.notes(),
        e.createdAt(), e.updatedAt(), e.updatedBy());
  }

  private static List<String> changedFields(ElderFile before, ElderDraft after) {
    ElderDraft b = before.toDraft();
    List<String> changed = new java.util.ArrayList<>();
    for (var c : ElderDraft.class.getRecordComponents()) {
      try {
        Object x = c.getAccessor().invoke(b);
        Object y = c.getAccessor().invoke(after);
        if (!java.util.Objects.equals(normalize(x), normalize(y))) {
          changed.add(c.getName());
        }
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return changed;
  }

  private static Object normalize(Object o) {
    if (o instanceof String s) {
      return s.isBlank() ? null : s.strip();
    }
    if (o instanceof java.util.Set<?> s && s.contains(HardshipFlag.ADVANCED_AGE)) {
      // 高龄 is derived from the birth date, never a change someone made.
      java.util.Set<Object> copy = new java.util.HashSet<>(s);
      copy.remove(HardshipFlag.ADVANCED_AGE);
      return copy.isEmpty() ? null : copy;
    }
    if (o instanceof java.util.Set<?> s && s.isEmpty()) {
      return null;
    }
    return o;
  }

  /** For the import, which shares this service's mapping and checks. */
  ElderValidator validator() {
    return validator;
  }

}
