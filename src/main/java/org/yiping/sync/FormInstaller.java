package org.yiping.sync;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.protocol.Wire;

/** Form versions the centre published, brought down by sync and kept in the store ({@code installed_form}). */
final class FormInstaller {
  private static final Logger LOG = LoggerFactory.getLogger(FormInstaller.class);
  private final Transactions tx;
  private final Session session;
  private final CentreForms forms;
  private final Clock clock;

  FormInstaller(Transactions tx, Session session, CentreForms forms, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.forms = forms;
    this.clock = clock;
  }

  /**
   * Installs the form versions the centre lists that this laptop lacks: fetched, checked against the schema and
   * the hash the centre announced, kept in the store, then added to the program's forms. A version that fails a
   * check is left out (and logged by key only); the next sync tries again.
   */
  int install(CentreClient client, List<Wire.FormVersion> announced) {
    if (announced == null || announced.isEmpty()) {
      return 0;
    }
    int installed = 0;
    for (Wire.FormVersion v : announced) {
      if (forms.known(v.formId(), v.version())) {
        continue;
      }
      byte[] bytes = client.form(v.formId(), v.version()).orElse(null);
      if (bytes == null) {
        continue; // published before the centre kept definitions: nothing to install
      }
      CentreForms.Checked form;
      try {
        form = forms.read(bytes);
      } catch (IllegalArgumentException e) {
        LOG.warn("Form {}@{} from the centre is not a valid form; not installed", v.formId(), v.version());
        continue;
      }
      if (!form.equals(new CentreForms.Checked(v.formId(), v.version(), v.hash()))) {
        LOG.warn("Form {}@{} from the centre differs from what the centre announced; not installed", v.formId(),
            v.version());
        continue;
      }
      try {
        forms.install(bytes);
      } catch (IllegalArgumentException e) {
        LOG.warn("Form {}@{} from the centre has other content than the version known here; not used",
            v.formId(), v.version());
        continue;
      }
      boolean kept = tx.write(w -> {
        boolean saved = new InstalledFormRepository(w).save(form.formId(), form.version(), form.contentHash(),
            bytes, clock.instant(), session.username());
        if (saved) {
          new AuditLog(w).append(clock.instant(), session.username(), AuditAction.SYNC_FORM_INSTALLED, "form",
              form.formId() + "@" + form.version(), form.contentHash());
        }
        return saved;
      });
      if (kept) {
        installed++;
      }
    }
    return installed;
  }

  /**
   * Adds the form versions installed from the centre in earlier syncs to the program's forms; run when a workspace
   * opens. A stored version that no longer loads (a newer program with a stricter schema) is skipped and logged.
   */
  int loadInstalled() {
    List<InstalledFormRepository.Installed> rows = tx.read(w -> new InstalledFormRepository(w).all());
    int n = 0;
    for (InstalledFormRepository.Installed row : rows) {
      try {
        forms.install(row.definition());
        n++;
      } catch (IllegalArgumentException e) {
        LOG.warn("Installed form {}@{} no longer loads", row.formId(), row.version());
      }
    }
    return n;
  }
}
