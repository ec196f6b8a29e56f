package org.yiping.sync;

/**
 * The program's assessment forms as sync sees them: sync brings down versions the centre published and hands them
 * over here. Implemented by the composition root over the form registry, so sync does not depend on the assessment
 * feature (which depends on sync's outbox).
 */
public interface CentreForms {
  /** Whether this version is known here already (bundled or installed). */
  boolean known(String formId, String version);

  /**
   * Checks a form file the centre served and adds it to the program's forms.
   *
   * @return the key and content hash it was read as
   * @throws IllegalArgumentException if it is not a valid form, or is known here with other content
   */
  Checked install(byte[] json);

  /** What a form file turned out to be. */
  record Checked(String formId, String version, String contentHash) {}

  /** Reads a form file without adding it: for checking it against what the centre announced before installing. */
  Checked read(byte[] json);
}
