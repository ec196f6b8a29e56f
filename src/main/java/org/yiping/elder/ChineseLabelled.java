package org.yiping.elder;

import java.util.Optional;

/**
 * A code list whose entries have a fixed Chinese label: the wording of the standard or of the rosters township
 * offices keep. Screens show the localized text from the message bundle ({@code enum.<Type>.<CONST>}); rosters and
 * printed reports use this label.
 */
public interface ChineseLabelled {
  String chinese();

  String name();

  /** The entry whose Chinese label is {@code text} (surrounding blanks ignored), if any. */
  static <E extends Enum<E> & ChineseLabelled> Optional<E> byChinese(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (E e : type.getEnumConstants()) {
      if (e.chinese().equals(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
