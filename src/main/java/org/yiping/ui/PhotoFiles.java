package org.yiping.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;

/**
 * Photos chosen or dropped by the user, for every screen that keeps evidence: each file is read and handed to the
 * store on its own, so one bad file is named and the others are still kept; and a photo shown full size.
 */
public final class PhotoFiles {
  /** Files larger than this are refused before they are read: no camera writes a photo this big. */
  public static final int MAX_MB = 40;

  /** The extensions the file chooser offers. */
  public static final String[] PATTERNS = {"*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG", "*.bmp", "*.gif"};

  /** Stores one photo: its file name and bytes. */
  @FunctionalInterface
  public interface Sink {
    void add(String fileName, byte[] bytes);
  }

  /** How many were kept, and a sentence for each file refused. */
  public record Outcome(int added, List<String> problems) {
    /** What to tell the user. */
    public String message(Messages m) {
      return problems.isEmpty() ? m.get("evidence.added", added) : String.join("\n", problems);
    }
  }

  private PhotoFiles() {}

  /** Reads and stores each file; call off the FX thread. */
  public static Outcome addEach(List<Path> files, Sink sink, Messages m) {
    List<String> problems = new ArrayList<>();
    int added = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        if (Files.size(f) > MAX_MB * 1024L * 1024) {
          throw new UserFacingException("evidence.problem.tooLarge", name, MAX_MB);
        }
        sink.add(name, Files.readAllBytes(f));
        added++;
      } catch (UserFacingException e) {
        problems.add(e.render(m));
      } catch (IOException e) {
        problems.add(new UserFacingException("evidence.problem.unreadable", name).render(m));
      }
    }
    return new Outcome(added, List.copyOf(problems));
  }

  /**
   * Shows a photo full size, read by {@code load} off the FX thread (reading is audited by the service). When
   * {@code removable}, a button offers to delete it, and {@code true} is returned when the user chose it.
   */
  public static boolean show(Node owner, Messages m, Background background, String title, String caption,
      Callable<byte[]> load, boolean removable) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner.getScene().getWindow());
    d.setTitle(title);
    d.getDialogPane().setId("photoDialog");
    ImageView full = new ImageView();
    full.setFitWidth(860);
    full.setFitHeight(620);
    full.setPreserveRatio(true);
    Label text = new Label(caption == null ? "" : caption);
    d.getDialogPane().setContent(new VBox(8, full, text));
    ButtonType remove = new ButtonType(m.get("evidence.removePhoto"), ButtonBar.ButtonData.LEFT);
    if (removable) {
      d.getDialogPane().getButtonTypes().add(remove);
    }
    d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    background.run(load, bytes -> full.setImage(new Image(new ByteArrayInputStream(bytes))),
        e -> text.setText(Ui.describe(e, m)));
    return d.showAndWait().filter(b -> b == remove).isPresent();
  }

  /** A thumbnail as a button, {@code size} pixels square at most. */
  public static javafx.scene.control.Button thumbnail(byte[] png, double size, String accessibleText) {
    ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
    view.setFitWidth(size);
    view.setFitHeight(size);
    view.setPreserveRatio(true);
    javafx.scene.control.Button b = new javafx.scene.control.Button(null, view);
    b.setAccessibleText(accessibleText);
    return b;
  }
}
