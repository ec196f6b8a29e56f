package org.yiping.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yiping.core.UserFacingException;

/**
 * Where a command gets a password: the {@code YIPING_PASSWORD} environment variable, else the first line of standard
 * input. Never an argument, which any other user of the machine could read from the process list.
 */
final class PasswordSource {
  static final String ENV = "YIPING_PASSWORD";

  private PasswordSource() {}

  static char[] read() {
    String env = System.getenv(ENV);
    if (env != null && !env.isEmpty()) {
      return env.toCharArray();
    }
    try {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new UserFacingException("cli.problem.noPassword");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
