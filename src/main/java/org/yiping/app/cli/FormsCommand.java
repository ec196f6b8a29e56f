package org.yiping.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoadException;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yiping forms list}: every known form version with its status and content hash. */
@Command(
    name = "forms",
    description = "Assessment forms known to this installation.",
    mixinStandardHelpOptions = true)
public class FormsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Supplier<FormRegistry> registry;

  /** Forms from {@link FormRegistry#loadDefault()}. */
  public FormsCommand() {
    this(FormRegistry::loadDefault);
  }

  public FormsCommand(Supplier<FormRegistry> registry) {
    this.registry = registry;
  }

  public FormsCommand(FormRegistry registry) {
    this(() -> registry);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** One line per form version: id, version, status, hash, separated by tabs, sorted by id then version. */
  @Command(name = "list", description = "Print id, version, status and content hash of every form.")
  int list() {
    PrintWriter out = spec.commandLine().getOut();
    FormRegistry forms;
    try {
      forms = registry.get();
    } catch (FormLoadException e) {
      spec.commandLine().getErr().println("forms: " + Values.escapeControls(e.getMessage()));
      spec.commandLine().getErr().flush();
      return 1;
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("forms: internal error: " + Values.escapeControls(String.valueOf(e)));
      spec.commandLine().getErr().flush();
      return 1;
    }
    for (FormDefinition f : forms.all()) {
      out.println(f.id() + "\t" + f.version() + "\t" + f.status().json() + "\t" + f.contentHash());
    }
    out.flush();
    return 0;
  }
}
