package org.yiping.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file and folder choosers. The native dialogs are the one part a headless test cannot drive, so tests
 * may answer in their place ({@code answer...ForTests}); everything after the choice runs as for a user.
 */
public final class FilePicker {
  private static volatile List<Path> openAnswer;
  private static volatile Path saveAnswer;
  private static volatile Path folderAnswer;

  private FilePicker() {}

  /** The files the user chose, or an empty list when they cancelled. Call on the FX thread. */
  public static List<Path> openMany(Window owner, String title, String filterLabel, String... patterns) {
    List<Path> test = openAnswer;
    if (test != null) {
      return test;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
    List<File> files = chooser.showOpenMultipleDialog(owner);
    return files == null ? List.of() : files.stream().map(File::toPath).toList();
  }

  /** Where to save a file, with {@code suggestedName} offered; empty when the user cancelled. */
  public static Optional<Path> saveAs(Window owner, String title, String suggestedName, String filterLabel,
      String pattern) {
    Path test = saveAnswer;
    if (test != null) {
      return Optional.of(test);
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, pattern));
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  /** A folder the user chose; empty when they cancelled. */
  public static Optional<Path> folder(Window owner, String title) {
    Path test = folderAnswer;
    if (test != null) {
      return Optional.of(test);
    }
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
  }

  /** Tests only: answer every following choice of files with {@code files}; null restores the system dialog. */
  public static void answerForTests(List<Path> files) {
    openAnswer = files;
  }

  /** Tests only: answer save and folder choices; null restores the system dialogs. */
  public static void answerSaveForTests(Path file, Path folder) {
    saveAnswer = file;
    folderAnswer = folder;
  }
}
