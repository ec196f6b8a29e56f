package org.yiping.app;

import java.util.function.Supplier;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoadException;
import org.yiping.assessment.form.FormLoader;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.FormVersions;
import org.yiping.sync.CentreForms;

/** Sync's view of the form registry: the versions known, and the installing of those the centre published. */
final class RegistryForms implements CentreForms {
  private final Supplier<FormRegistry> registry;

  RegistryForms(Supplier<FormRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public boolean known(String formId, String version) {
    // A version string that is none at all counts as known: there is nothing to install.
    return !FormVersions.valid(version) || registry.get().find(formId, version).isPresent();
  }

  @Override
  public Checked read(byte[] json) {
    FormDefinition f = parse(json);
    return new Checked(f.id(), f.version(), f.contentHash());
  }

  @Override
  public Checked install(byte[] json) {
    FormDefinition f = parse(json);
    try {
      registry.get().install(f);
    } catch (FormLoadException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new Checked(f.id(), f.version(), f.contentHash());
  }

  private static FormDefinition parse(byte[] json) {
    try {
      return FormLoader.parseForm("区域中心发布的评估表", json);
    } catch (FormLoadException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
