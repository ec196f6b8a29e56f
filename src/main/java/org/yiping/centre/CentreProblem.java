package org.yiping.centre;

import org.yiping.core.i18n.Messages;

/**
 * A request the centre refuses: the HTTP status, the message key as a stable code, and the sentence in Chinese
 * (from the message bundle) that says what to do.
 */
public final class CentreProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Messages CHINESE = Messages.chinese();
  private final int status;
  private final String code;

  public CentreProblem(int status, String key, Object... args) {
    super(CHINESE.get(key, args));
    this.status = status;
    this.code = key;
  }

  /** Words for an item-level answer (a rejected record), from the same bundle. */
  static String words(String key, Object... args) {
    return CHINESE.get(key, args);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
