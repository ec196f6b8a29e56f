package org.yiping.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user's language. Chinese (zh_CN) is the base bundle {@code i18n/messages.properties}; English is
 * {@code messages_en.properties}. No fallback to the JVM's default locale: on an English-speaking machine a Chinese
 * user must still see Chinese, so lookups use {@link ResourceBundle.Control#getNoFallbackControl}.
 */
public final class Messages {
  public static final String BUNDLE = "i18n.messages";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final Locale locale;
  private final ResourceBundle bundle;

  public Messages(Locale locale) {
    this.locale = Objects.requireNonNull(locale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Chinese, the default for every user. */
  public static Messages chinese() {
    return new Messages(CHINESE);
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The text for {@code key}, with {@code args} put in by {@link MessageFormat} when there are any. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      // A missing key is a bug caught by MessagesConsistencyTest; show the key rather than crash a user's screen.
      return "!" + key + "!";
    }
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
