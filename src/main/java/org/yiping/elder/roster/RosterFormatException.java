package org.yiping.elder.roster;

import org.yiping.core.i18n.Messages;

/**
 * The whole roster file is refused: empty, unreadable CSV, or required columns missing. The exception message holds
 * only the message key, never file content; {@link #message(Messages)} gives the user text.
 */
public final class RosterFormatException extends Exception {
  private final String key;
  private final transient Object[] args;

  public RosterFormatException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
  }

  /** The message key, e.g. {@code roster.file.missingColumns}. */
  public String key() {
    return key;
  }

  public String message(Messages messages) {
    return messages.get(key, args);
  }
}
