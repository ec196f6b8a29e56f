package org.yiping.assessment.form;

import java.util.Comparator;
import java.util.regex.Pattern;

/** Orders form versions ({@code 1.0.0} &lt; {@code 1.0.10} &lt; {@code 1.1}): dot-separated numbers, compared one by one. */
public final class FormVersions {
  public static final Comparator<String> ORDER = FormVersions::compare;

  private FormVersions() {}

  private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,18})*");

  /** Dot-separated numbers, each small enough to compare (the form schema's pattern, bounded). */
  public static boolean valid(String version) {
    return version != null && VERSION.matcher(version).matches();
  }

  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
