package org.yiping.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opens the system file chooser for several files. The native dialog is the one part a headless test cannot drive,
 * so tests may answer in its place ({@link #answerForTests}); everything after the choice runs as for a user.
 */
public final class FilePicker {
  private static volatile BiFunction<Window, String, List<Path>> answer;

  private FilePicker() {}

  /** The files the user chose, or an empty list when they cancelled. Call on the FX thread. */
  public static List<Path> openMany(Window owner, String title, String filterLabel, String... patterns) {
    BiFunction<Window, String, List<Path>> test = answer;
    if (test != null) {
      return test.apply(owner, title);
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
    List<File> files = chooser.showOpenMultipleDialog(owner);
    return files == null ? List.of() : files.stream().map(File::toPath).toList();
  }

  /** Tests only: answer every following choice with {@code files}; null restores the system dialog. */
  public static void answerForTests(List<Path> files) {
    answer = files == null ? null : (owner, title) -> files;
  }
}
