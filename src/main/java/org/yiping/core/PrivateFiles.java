package org.yiping.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps the data folder and its files readable by their owner only, where the file system knows POSIX permissions
 * (Linux, UOS, Kylin, macOS). On Windows the per-user profile folder is already private.
 */
public final class PrivateFiles {
  private PrivateFiles() {}

  /** Creates {@code dir} (and parents) if needed and makes it rwx for the owner only. */
  public static Path directory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    return dir;
  }

  /** Makes an existing file rw for the owner only. */
  public static void file(Path file) throws IOException {
    if (Files.exists(file) && posix(file)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static boolean posix(Path p) {
    return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
  }
}
