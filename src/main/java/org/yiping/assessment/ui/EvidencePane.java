package org.yiping.assessment.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.PhotoRecord;
import org.yiping.assessment.visit.SignatureRecord;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.core.i18n.Messages;
import org.yiping.ui.Background;
import org.yiping.ui.FilePicker;
import org.yiping.ui.PhotoFiles;
import org.yiping.ui.SignatureRow;
import org.yiping.ui.SignaturePad;
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
        }, e -> Ui.warn(message, Ui.describe(e, m)));
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
      Button b = PhotoFiles.thumbnail(photo.thumbnail(), 72, m.get("evidence.photoAlt", n, photo.width(),
          photo.height()));
      b.setId("photo" + n);
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
    SignatureRow.Shown shown = s == null ? null
        : new SignatureRow.Shown(s.signerName(), s.signedAt(), s.width(), s.height(), s.strokes());
    return SignatureRow.of(m, roleLabel, role.name(), shown, canEdit, () -> sign(role, roleLabel),
        () -> background.run(() -> {
          ws.evidence().clearSignature(assessmentId, role);
          return null;
        }, x -> reload(), ex -> Ui.warn(message, Ui.describe(ex, m))));
  }

  private void sign(SignerRole role, String roleLabel) {
    String fixed = role == SignerRole.ASSESSOR ? ws.session().displayName() : null;
    String suggested = role == SignerRole.ELDER ? elderName : null;
    SignaturePad.ask(root.getScene().getWindow(), m, roleLabel, fixed, suggested).ifPresent(signed -> {
      message.setText("");
      background.run(() -> ws.evidence().sign(assessmentId, role, signed.name(), SignaturePad.WIDTH,
          SignaturePad.HEIGHT, signed.strokes()), x -> reload(), ex -> Ui.warn(message, Ui.describe(ex, m)));
    });
  }

  private void choosePhotos() {
    List<Path> files = FilePicker.openMany(root.getScene().getWindow(), m.get("evidence.addPhoto"),
        m.get("evidence.photoFilter"), PhotoFiles.PATTERNS);
    add(files);
  }

  /** Reads, shrinks and stores each file in the background; a bad file is reported by name, the rest are kept. */
  void add(List<Path> files) {
    if (files.isEmpty() || !editable.get()) {
      return;
    }
    Ui.say(message, m.get("evidence.adding", files.size()));
    addPhotos.setDisable(true);
    background.run(() -> PhotoFiles.addEach(files,
        (name, bytes) -> ws.evidence().addPhoto(assessmentId, name, bytes, null), m), r -> {
          if (r.problems().isEmpty()) {
            Ui.say(message, r.message(m));
          } else {
            Ui.warn(message, r.message(m));
          }
          reload();
        }, e -> {
          Ui.warn(message, Ui.describe(e, m));
          reload();
        });
  }

  private void viewPhoto(PhotoRecord photo) {
    if (PhotoFiles.show(root, m, background, m.get("evidence.title"), photo.caption(),
        () -> ws.evidence().photo(photo.id()), editable.get())) {
      background.run(() -> {
        ws.evidence().removePhoto(photo.id());
        return null;
      }, x -> reload(), e -> Ui.warn(message, Ui.describe(e, m)));
    }
  }
}
