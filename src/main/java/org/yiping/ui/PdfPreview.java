package org.yiping.ui;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;

/**
 * Shows a report before it goes to paper: the pages as they will print, then print on the system printer or save
 * as PDF. Making the PDF, rendering the pages, printing and saving all run off the FX thread.
 */
public final class PdfPreview {
  /** Pages are drawn at this resolution: sharp on a laptop screen, about 1 MB of pixels per page. */
  static final float DPI = 96f;

  /** What the preview shows: a title for the window and the print job, a file name to suggest, the PDF. */
  public record Document(String title, String fileName, byte[] pdf) {}

  /** What happens once the paper or the file exists (audit): called off the FX thread. */
  public interface Outputs {
    void printed(Document d) throws Exception;

    void saved(Document d, Path file) throws Exception;
  }

  private final Stage stage = new Stage();
  private final Messages m;
  private final Background background;
  private final Outputs outputs;
  private final VBox pages = new VBox(16);
  private final Label status = Ui.errorLabel();
  private final Button print = new Button();
  private final Button save = new Button();
  private Document document;

  private PdfPreview(Window owner, Messages m, Background background, boolean mayOutput, Outputs outputs) {
    this.m = m;
    this.background = background;
    this.outputs = outputs;
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(m.get("preview.title"));
    pages.setId("previewPages");
    pages.setAlignment(Pos.TOP_CENTER);
    pages.setPadding(new Insets(16));
    pages.setStyle("-fx-background-color: #e9ecef;");
    status.setId("previewStatus");
    print.setText(m.get("preview.print"));
    print.setId("printReport");
    print.setDisable(true);
    print.setOnAction(e -> print());
    save.setText(m.get("preview.save"));
    save.setId("saveReport");
    save.setDisable(true);
    save.setOnAction(e -> save());
    print.setVisible(mayOutput);
    print.setManaged(mayOutput);
    save.setVisible(mayOutput);
    save.setManaged(mayOutput);
    Button close = new Button(m.get("preview.close"));
    close.setId("closePreview");
    close.setCancelButton(true);
    close.setOnAction(e -> stage.close());
    Label hint = new Label(mayOutput ? m.get("preview.keys") : m.get("preview.viewOnly"));
    hint.getStyleClass().add("form-hint");
    HBox buttons = new HBox(10, print, save, close, hint);
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.setPadding(new Insets(10));
    ScrollPane scroll = new ScrollPane(pages);
    scroll.setFitToWidth(true);
    BorderPane root = new BorderPane(scroll);
    root.setId("reportPreview");
    root.setTop(status);
    root.setBottom(buttons);
    BorderPane.setMargin(status, new Insets(6, 10, 0, 10));
    Scene scene = new Scene(root, 900, 760);
    App.style(scene);
    if (mayOutput) {
      scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print::fire);
      scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
    }
    stage.setScene(scene);
  }

  /**
   * Opens the preview at once with a progress indicator, makes the document with {@code produce} in the background,
   * and shows its pages. {@code mayOutput}: whether the signed-in role may print and save (else view only).
   */
  public static PdfPreview open(Window owner, Messages m, Background background, Callable<Document> produce,
      boolean mayOutput, Outputs outputs) {
    PdfPreview p = new PdfPreview(owner, m, background, mayOutput, outputs);
    ProgressIndicator busy = new ProgressIndicator();
    p.pages.getChildren().setAll(busy, new Label(m.get("preview.making")));
    p.stage.show();
    background.run(() -> {
      Document d = produce.call();
      return new Object[] {d, render(d.pdf())};
    }, loaded -> {
      @SuppressWarnings("unchecked")
      List<WritableImage> images = (List<WritableImage>) loaded[1];
      p.show((Document) loaded[0], images);
    }, e -> {
      p.pages.getChildren().clear();
      p.problem(Ui.describe(e, m));
    });
    return p;
  }

  private void show(Document d, List<WritableImage> images) {
    this.document = d;
    stage.setTitle(m.get("preview.titleOf", d.title()));
    pages.getChildren().clear();
    for (WritableImage img : images) {
      ImageView view = new ImageView(img);
      view.setPreserveRatio(true);
      view.setFitWidth(Math.min(img.getWidth(), 820));
      view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
      pages.getChildren().add(view);
    }
    say(m.get("preview.pages", images.size()));
    print.setDisable(false);
    save.setDisable(false);
    print.requestFocus();
  }

  /** News for the user: plain text (the label is red only for a problem). */
  private void say(String text) {
    Ui.say(status, text);
  }

  private void problem(String text) {
    Ui.warn(status, text);
  }

  /** Renders every page to an FX image without javafx.swing: the pixels are copied across as ARGB integers. */
  static List<WritableImage> render(byte[] pdf) throws java.io.IOException {
    List<WritableImage> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.add(img);
      }
    }
    return out;
  }

  private void print() {
    Document d = document;
    if (d == null) {
      return;
    }
    say(m.get("preview.printing"));
    print.setDisable(true);
    background.run(() -> {
      // The print dialog is AWT's and blocks its caller: it runs here, never on the FX thread.
      if (GraphicsEnvironment.isHeadless() || PrinterJob.lookupPrintServices().length == 0) {
        throw new UserFacingException("preview.problem.noPrinter");
      }
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(d.title());
      try (PDDocument doc = Loader.loadPDF(d.pdf())) {
        job.setPageable(new PDFPageable(doc));
        if (!job.printDialog()) {
          return false;
        }
        job.print();
      }
      outputs.printed(d);
      return true;
    }, done -> {
      print.setDisable(false);
      say(done ? m.get("preview.printed") : m.get("preview.printCancelled"));
    }, e -> {
      print.setDisable(false);
      problem(Ui.describe(e, m));
    });
  }

  private void save() {
    Document d = document;
    if (d == null) {
      return;
    }
    FilePicker.saveAs(stage, m.get("preview.save"), d.fileName(), "PDF", "*.pdf").ifPresent(target -> {
      Path file = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? target
          : target.resolveSibling(target.getFileName() + ".pdf");
      background.run(() -> {
        // Written beside the target and moved into place: a full disk never leaves half a PDF under its name.
        Path tmp = null;
        try {
          tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".yiping-", ".pdf.part");
          Files.write(tmp, d.pdf());
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
          throw new UserFacingException(e, "preview.problem.cannotSave", file.toString());
        } finally {
          if (tmp != null) {
            Files.deleteIfExists(tmp);
          }
        }
        outputs.saved(d, file);
        return file;
      }, f -> say(m.get("preview.saved", f.toString())), e -> problem(Ui.describe(e, m)));
    });
  }
}
