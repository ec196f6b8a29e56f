package org.yiping.core;

import java.util.Arrays;

/**
 * A problem a person can fix, told in their language: it carries a message-bundle key and its arguments, never a
 * ready-made English sentence. Screens render it with {@link org.yiping.core.i18n.Messages}; the command line too.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;

  public UserFacingException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
  }

  public UserFacingException(Throwable cause, String key, Object... args) {
    super(key, cause);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public String render(org.yiping.core.i18n.Messages messages) {
    return messages.get(key, args);
  }

  @Override
  public String toString() {
    // No arguments: they may hold personal data and toString() ends up in logs.
    return getClass().getSimpleName() + "[" + key + ", " + Arrays.stream(args).count() + " args]";
  }
}
