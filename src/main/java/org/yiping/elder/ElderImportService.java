package org.yiping.elder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.elder.roster.RosterFormatException;
import org.yiping.elder.roster.RosterParse;
import org.yiping.elder.roster.RosterReader;
import org.yiping.elder.roster.RosterRow;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * Imports a township roster (CSV, UTF-8 or GBK). Every good row is imported, every bad row reported with its row
 * number and reason, every duplicate reported; the good rows commit in one transaction, so a cancelled or failed
 * import leaves nothing half-imported.
 */
public final class ElderImportService {
  /** Rows written between flushes: keeps memory flat and JDBC batches full. */
  static final int FLUSH_EVERY = 500;

  /** Progress of an import: phase, rows done, rows in the phase. */
  public interface Progress {
    void update(Phase phase, int done, int total);
  }

  public enum Phase { READING, SAVING }

  private final Transactions tx;
  private final Session session;
  private final DivisionCatalog divisions;
  private final ElderService elders;
  private final ElderIndex index;
  private final Messages messages;
  private final Clock clock;

  public ElderImportService(Transactions tx, Session session, DivisionCatalog divisions, ElderService elders,
      ElderIndex index, Messages messages, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.divisions = divisions;
    this.elders = elders;
    this.index = index;
    this.messages = messages;
    this.clock = clock;
  }

  /** Thrown inside the transaction when the user cancels, so it rolls back. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Reads and imports {@code in}. {@code withinCode} (a county or prefecture code, may be null) narrows township
   * names that exist in several counties.
   */
  public ImportReport importRoster(InputStream in, String withinCode, Progress progress, BooleanSupplier cancelled) {
    session.require(Permission.IMPORT_ELDERS);
    LocalDate today = LocalDate.now(clock);
    RosterParse parse;
    try {
      parse = new RosterReader(divisions, messages, today).read(in, withinCode,
          rowsRead -> progress.update(Phase.READING, rowsRead, -1), cancelled);
    } catch (RosterFormatException e) {
      throw new UserFacingException(e, "import.failed", e.message(messages));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RosterRow> rows = parse.rows();
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    parse.rejections().forEach(r -> rejected.add(new ImportReport.Rejected(r.row(), r.reason())));
    List<ImportReport.Duplicate> duplicates = new ArrayList<>();
    parse.duplicates().forEach(d -> duplicates.add(new ImportReport.Duplicate(d.row(), d.reason(), null,
        d.firstRow())));
    List<String> unknown = parse.unknownHeaders();
    List<String> ignored = parse.ignoredHeaders().stream().map(i -> i.header() + "：" + i.reason()).toList();
    String charset = parse.charset().name();
    if (parse.cancelled()) {
      return new ImportReport(charset, 0, rejected, duplicates, unknown, ignored, true);
    }

    Instant now = clock.instant();
    List<ElderFile> created = new ArrayList<>();
    int[] imported = {0};
    // Only a loaded search index needs the new files as records (the command line never loads it).
    boolean feedIndex = index.loaded();
    try {
      tx.writeVoid(w -> {
        ElderRepository repo = new ElderRepository(w);
        Map<String, ElderRepository.Existing> existing = new HashMap<>();
        List<String> ids = rows.stream().map(r -> r.idNumber().value()).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
          existing.putAll(repo.existing(ids.subList(i, Math.min(ids.size(), i + 1000))));
        }
        Outbox outbox = new Outbox(w);
        int done = 0;
        for (RosterRow r : rows) {
          if (cancelled.getAsBoolean()) {
            throw new Cancelled();
          }
          ElderRepository.Existing dup = existing.get(r.idNumber().value());
          if (dup != null) {
            duplicates.add(new ImportReport.Duplicate(r.row(), messages.get("roster.duplicate.onFile", dup.name()),
                dup.id().toString(), null));
          } else {
            String division = r.village() != null ? r.village().code() : r.township() != null ? r.township().code()
                : null;
            ElderDraft draft = new ElderDraft(r.name(), r.idNumber().value(), Ethnicities.canonical(r.ethnicity()),
                null, r.phone(), r.address(), division, null, null, null, null, null, r.economicStatus(), r.flags(),
                List.of(), r.notes());
            try {
              ValidElder v = elders.validator().validate(draft, today);
              Elder e = new Elder(Ids.newId(), now);
              e.apply(v, "[]");
              e.touch(now, session.username(), session.deviceId());
              repo.add(e);
              outbox.recordCreated(Elder.RECORD_TYPE, e, now);
              imported[0]++;
              if (feedIndex) {
                created.add(elders.toFile(e));
              }
            } catch (ElderValidationException invalid) {
              rejected.add(new ImportReport.Rejected(r.row(), invalid.problems().stream()
                  .map(p -> p.renderWithField(messages))
                  .reduce((a, b) -> a + "；" + b).orElse("")));
            }
          }
          done++;
          if (done % FLUSH_EVERY == 0) {
            w.flushAndClear();
            progress.update(Phase.SAVING, done, rows.size());
          }
        }
        progress.update(Phase.SAVING, rows.size(), rows.size());
        new AuditLog(w).append(now, session.username(), AuditAction.ELDER_IMPORTED, null, null,
            "imported=" + imported[0] + " rejected=" + rejected.size() + " duplicates=" + duplicates.size());
      });
    } catch (Cancelled c) {
      return new ImportReport(charset, 0, rejected, duplicates, unknown, ignored, true);
    }
    index.putAll(created);
    rejected.sort(java.util.Comparator.comparingInt(ImportReport.Rejected::row));
    duplicates.sort(java.util.Comparator.comparingInt(ImportReport.Duplicate::row));
    return new ImportReport(charset, imported[0], rejected, duplicates, unknown, ignored, false);
  }
}
