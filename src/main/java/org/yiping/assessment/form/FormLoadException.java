package org.yiping.assessment.form;

/** A form or mapping file could not be loaded; the message names the file and what is wrong. */
public class FormLoadException extends RuntimeException {
  private final String source;

  public FormLoadException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  public FormLoadException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
  }

  /** The file or resource at fault. */
  public String source() {
    return source;
  }
}
