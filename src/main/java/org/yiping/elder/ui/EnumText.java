package org.yiping.elder.ui;

import javafx.util.StringConverter;
import org.yiping.core.i18n.Messages;

/** Shows enum constants by their localized text ({@code enum.<Type>.<CONST>}); null shows {@code nullKey}'s text. */
final class EnumText {
  private EnumText() {}

  static <E extends Enum<E>> StringConverter<E> converter(Messages m, Class<E> type, String nullKey) {
    return new StringConverter<>() {
      @Override
      public String toString(E e) {
        return e == null ? (nullKey == null ? "" : m.get(nullKey)) : m.get("enum." + type.getSimpleName() + "." + e.name());
      }

      @Override
      public E fromString(String s) {
        return null;
      }
    };
  }
}
