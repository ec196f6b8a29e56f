package org.yiping.audit;

import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.yiping.store.Work;

/**
 * Appends to and checks the hash-chained audit log, inside the caller's unit of work so an entry commits with the
 * change it describes. Entries hold user names, actions and record ids, never names or ID numbers of elders.
 */
public final class AuditLog {
  static final String GENESIS = "0".repeat(64);
  private final Work work;

  public AuditLog(Work work) {
    this.work = work;
  }

  public AuditRecord append(Instant at, String username, AuditAction action, String targetType, String targetId,
      String detail) {
    // The head row is locked for the rest of the transaction: appends are strictly one after another.
    AuditHead head = work.em().find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    Instant stamp = at.truncatedTo(ChronoUnit.MICROS);
    long seq = head.seq() + 1;
    String hash = hash(head.hash(), seq, stamp, username, action.name(), targetType, targetId, detail);
    AuditEntry entry = new AuditEntry(seq, stamp, username, action.name(), targetType, targetId, detail, head.hash(),
        hash);
    work.em().persist(entry);
    head.advance(seq, hash);
    return entry.toRecord();
  }

  /** Newest first, one page. */
  public List<AuditRecord> page(int offset, int limit) {
    return work.em().createQuery("select a from AuditEntry a order by a.seq desc", AuditEntry.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(AuditEntry::toRecord).toList();
  }

  public long count() {
    return work.em().createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
  }

  /** Walks the whole chain in order and reports the first entry that does not fit. */
  public ChainCheck verify() {
    final int pageSize = 2000;
    String prev = GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditEntry> page = work.em()
          .createQuery("select a from AuditEntry a where a.seq >= :from order by a.seq", AuditEntry.class)
          .setParameter("from", expectedSeq).setMaxResults(pageSize).getResultList();
      for (AuditEntry e : page) {
        AuditRecord r = e.toRecord();
        if (r.seq() != expectedSeq) {
          return ChainCheck.broken(checked, expectedSeq, ChainCheck.Problem.MISSING_ENTRY);
        }
        if (!r.prevHash().equals(prev)) {
          return ChainCheck.broken(checked, r.seq(), ChainCheck.Problem.LINK_BROKEN);
        }
        String recomputed = hash(r.prevHash(), r.seq(), r.at(), r.username(), r.action(), r.targetType(),
            r.targetId(), r.detail());
        if (!recomputed.equals(r.hash())) {
          return ChainCheck.broken(checked, r.seq(), ChainCheck.Problem.CONTENT_CHANGED);
        }
        prev = r.hash();
        expectedSeq++;
        checked++;
      }
      work.em().clear();
      if (page.size() < pageSize) {
        break;
      }
    }
    AuditHead head = work.em().find(AuditHead.class, 1);
    if (head.seq() != checked || !head.hash().equals(prev)) {
      return ChainCheck.broken(checked, checked + 1, ChainCheck.Problem.MISSING_ENTRY);
    }
    return ChainCheck.intact(checked);
  }

  static String hash(String prevHash, long seq, Instant at, String username, String action, String targetType,
      String targetId, String detail) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String line = String.join("\u001f", prevHash, Long.toString(seq), at.toString(), username, action,
          Objects.toString(targetType, ""), Objects.toString(targetId, ""), Objects.toString(detail, ""));
      return HexFormat.of().formatHex(sha.digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
