package org.yiping.core;

/**
 * What of an exception may go to a log. Messages of database and parser exceptions can quote the data that failed
 * (an ID number in a unique-constraint violation, a name in a CSV parse error), so only the exception types and the
 * code locations are written, never the messages (ADR 0008).
 */
public final class SafeErrors {
  private static final int FRAMES = 8;

  private SafeErrors() {}

  public static String describe(Throwable error) {
    StringBuilder sb = new StringBuilder();
    Throwable t = error;
    int depth = 0;
    while (t != null && depth++ < 6) {
      sb.append(depth == 1 ? "" : "\n  caused by ").append(t.getClass().getName());
      if (t instanceof UserFacingException u) {
        sb.append('[').append(u.key()).append(']');
      }
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        sb.append("\n    at ").append(frames[i]);
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return sb.toString();
  }
}
