package org.yiping.assessment.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.PhotoRecord;
import org.yiping.assessment.visit.SignatureRecord;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.ui.Background;
import org.yiping.ui.FilePicker;
import org.yiping.ui.Ui;

/**
 * The visit record beside the form: photos (from the file chooser or dropped on the pane, shrunk and stored in the
 * encrypted store) and the signatures drawn on screen. Everything that reads or writes runs off the FX thread.
 */
final class EvidencePane {
  private final VBox root = new VBox(8);
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final UUID assessmentId;
  private final String elderName;
  private final Supplier<Boolean> editable;
  private final Runnable onChange;
  private final Label photosLabel = new Label();
  private final FlowPane thumbnails = new FlowPane(6, 6);
  private final VBox signatureRows = new VBox(6);
  private final Label message = Ui.errorLabel();
  private final Button addPhotos = new Button();
  private List<PhotoRecord> photos = List.of();
  private Map<SignerRole, SignatureRecord> signatures = Map.of();

  EvidencePane(Background background, Workspace ws, Messages m, UUID assessmentId, String elderName,
      Supplier<Boolean> editable, Runnable onChange) {
    this.background = background;
    this.ws = ws;
    this.m = m;
    this.assessmentId = assessmentId;
    this.elderName = elderName;
    this.editable = editable;
    this.onChange = onChange;
    addPhotos.setText(m.get("evidence.addPhoto"));
    addPhotos.setId("addPhotos");
    addPhotos.setOnAction(e -> choosePhotos());
    thumbnails.setId("photoThumbnails");
    photosLabel.setId("photosLabel");
    message.setId("evidenceMessage");
    root.setId("evidencePane");
    root.getChildren().addAll(Ui.heading(m.get("evidence.title")), photosLabel, thumbnails, addPhotos,
        new Label(m.get("evidence.signatures")), signatureRows, message);
    // Photos copied from a phone or a scanner can simply be dropped here.
    root.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles() && editable.get()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    root.setOnDragDropped(e -> {
      boolean ok = e.getDragboard().hasFiles() && editable.get();
      if (ok) {
        add(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
      }
      e.setDropCompleted(ok);
      e.consume();
    });
  }

  Parent root() {
    return root;
  }

  int photoCount() {
    return photos.size();
  }

  Map<SignerRole, SignatureRecord> signatures() {
    return signatures;
  }

  void reload() {
    background.run(() -> new Object[] {ws.evidence().photos(assessmentId), ws.evidence().signatures(assessmentId)},
        loaded -> {
          @SuppressWarnings("unchecked")
          List<PhotoRecord> p = (List<PhotoRecord>) loaded[0];
          @SuppressWarnings("unchecked")
          List<SignatureRecord> s = (List<SignatureRecord>) loaded[1];
          show(p, s);
        }, e -> message.setText(Ui.describe(e, m)));
  }

  private void show(List<PhotoRecord> p, List<SignatureRecord> s) {
    photos = p;
    signatures = s.stream().collect(Collectors.toMap(SignatureRecord::role, x -> x));
    boolean canEdit = editable.get();
    addPhotos.setDisable(!canEdit);
    photosLabel.setText(m.get("evidence.photos", p.size()));
    thumbnails.getChildren().clear();
    int n = 0;
    for (PhotoRecord photo : p) {
      n++;
      ImageView view = new ImageView(new Image(new ByteArrayInputStream(photo.thumbnail())));
      view.setFitWidth(72);
      view.setFitHeight(72);
      view.setPreserveRatio(true);
      Button b = new Button(null, view);
      b.setId("photo" + n);
      b.setAccessibleText(m.get("evidence.photoAlt", n, photo.width(), photo.height()));
      b.setOnAction(e -> viewPhoto(photo));
      thumbnails.getChildren().add(b);
    }
    signatureRows.getChildren().clear();
    for (SignerRole role : SignerRole.values()) {
      signatureRows.getChildren().add(signatureRow(role, canEdit));
    }
    onChange.run();
  }

  private HBox signatureRow(SignerRole role, boolean canEdit) {
    String roleLabel = m.get("enum.SignerRole." + role.name());
    SignatureRecord s = signatures.get(role);
    Label state = new Label(s == null ? m.get("evidence.unsigned", roleLabel)
        : m.get("evidence.signed", roleLabel, s.signerName(), Ui.TIME.format(s.signedAt())));
    state.setWrapText(true);
    state.setId("signatureState" + role.name());
    Button sign = new Button(m.get("evidence.signButton"));
    sign.setId("sign" + role.name());
    sign.setDisable(!canEdit);
    sign.setOnAction(e -> sign(role, roleLabel));
    VBox text = new VBox(4, state, sign);
    HBox row = new HBox(8, text);
    row.setAlignment(Pos.CENTER_LEFT);
    if (s != null) {
      row.getChildren().add(0, SignaturePad.preview(s, 96, 36));
      if (canEdit) {
        Button clear = new Button(m.get("evidence.clearSignature"));
        clear.setId("clearSignature" + role.name());
        clear.setOnAction(e -> background.run(() -> {
          ws.evidence().clearSignature(assessmentId, role);
          return null;
        }, x -> reload(), ex -> message.setText(Ui.describe(ex, m))));
        text.getChildren().add(clear);
      }
    }
    return row;
  }

  private void sign(SignerRole role, String roleLabel) {
    String fixed = role == SignerRole.ASSESSOR ? ws.session().displayName() : null;
    String suggested = role == SignerRole.ELDER ? elderName : null;
    SignaturePad.ask(root.getScene().getWindow(), m, roleLabel, fixed, suggested).ifPresent(signed -> {
      message.setText("");
      background.run(() -> ws.evidence().sign(assessmentId, role, signed.name(), SignaturePad.WIDTH,
          SignaturePad.HEIGHT, signed.strokes()), x -> reload(), ex -> message.setText(Ui.describe(ex, m)));
    });
  }

  private void choosePhotos() {
    List<Path> files = FilePicker.openMany(root.getScene().getWindow(), m.get("evidence.addPhoto"),
        m.get("evidence.photoFilter"), "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG", "*.bmp", "*.gif");
    add(files);
  }

  /** Reads, shrinks and stores each file in the background; a bad file is reported by name, the rest are kept. */
  void add(List<Path> files) {
    if (files.isEmpty() || !editable.get()) {
      return;
    }
    message.setText(m.get("evidence.adding", files.size()));
    addPhotos.setDisable(true);
    background.run(() -> {
      List<String> problems = new ArrayList<>();
      int added = 0;
      for (Path f : files) {
        String name = f.getFileName().toString();
        try {
          long size = Files.size(f);
          if (size > 40L * 1024 * 1024) {
            throw new UserFacingException("evidence.problem.tooLarge", name, 40);
          }
          ws.evidence().addPhoto(assessmentId, name, Files.readAllBytes(f), null);
          added++;
        } catch (UserFacingException e) {
          problems.add(e.render(m));
        } catch (java.io.IOException e) {
          problems.add(new UserFacingException("evidence.problem.unreadable", name).render(m));
        }
      }
      return new Object[] {added, problems};
    }, r -> {
      @SuppressWarnings("unchecked")
      List<String> problems = (List<String>) r[1];
      message.setText(problems.isEmpty() ? m.get("evidence.added", r[0]) : String.join("\n", problems));
      reload();
    }, e -> {
      message.setText(Ui.describe(e, m));
      reload();
    });
  }

  private void viewPhoto(PhotoRecord photo) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(root.getScene().getWindow());
    d.setTitle(m.get("evidence.title"));
    d.getDialogPane().setId("photoDialog");
    ImageView full = new ImageView();
    full.setFitWidth(860);
    full.setFitHeight(620);
    full.setPreserveRatio(true);
    Label caption = new Label(photo.caption() == null ? "" : photo.caption());
    d.getDialogPane().setContent(new VBox(8, full, caption));
    ButtonType remove = new ButtonType(m.get("evidence.removePhoto"), ButtonBar.ButtonData.LEFT);
    if (editable.get()) {
      d.getDialogPane().getButtonTypes().add(remove);
    }
    d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    background.run(() -> ws.evidence().photo(photo.id()),
        bytes -> full.setImage(new Image(new ByteArrayInputStream(bytes))), e -> caption.setText(Ui.describe(e, m)));
    d.showAndWait().filter(b -> b == remove).ifPresent(b -> background.run(() -> {
      ws.evidence().removePhoto(photo.id());
      return null;
    }, x -> reload(), e -> message.setText(Ui.describe(e, m))));
  }
}
