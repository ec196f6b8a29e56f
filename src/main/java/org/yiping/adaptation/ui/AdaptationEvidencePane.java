package org.yiping.adaptation.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.AcceptanceRole;
import org.yiping.adaptation.AcceptanceSignature;
import org.yiping.adaptation.CasePhoto;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.FilePicker;
import org.yiping.ui.PhotoFiles;
import org.yiping.ui.SignaturePad;
import org.yiping.ui.SignatureRow;
import org.yiping.ui.Ui;

/**
 * The evidence of a case beside its history: for each item the plan needs, its photos before and after the works
 * (added from the file chooser or dropped on the item's box), then the acceptance signatures of the family, the
 * contractor and the township office. What may be added follows the case's step, as the service enforces it.
 */
final class AdaptationEvidencePane {
  private final VBox root = new VBox(8);
  private final VBox items = new VBox(10);
  private final VBox signatureRows = new VBox(6);
  private final Label message = Ui.errorLabel();
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final UUID caseId;
  private final String elderName;
  private CaseRecord current;
  private Function<String, String> itemLabel = code -> code;

  AdaptationEvidencePane(Background background, Workspace ws, Messages m, UUID caseId, String elderName) {
    this.background = background;
    this.ws = ws;
    this.m = m;
    this.caseId = caseId;
    this.elderName = elderName;
    root.setId("adaptationEvidence");
    items.setId("adaptationEvidenceItems");
    signatureRows.setId("adaptationSignatures");
    message.setId("adaptationEvidenceMessage");
    Label photosTitle = new Label(m.get("adaptation.evidence.photos"));
    photosTitle.getStyleClass().add("case-section");
    Label signTitle = new Label(m.get("adaptation.evidence.signatures"));
    signTitle.getStyleClass().add("case-section");
    Label signHint = new Label(m.get("adaptation.evidence.signHint"));
    signHint.getStyleClass().add("form-hint");
    signHint.setWrapText(true);
    VBox content = new VBox(8, photosTitle, items, signTitle, signHint, signatureRows);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    root.getChildren().addAll(message, scroll);
  }

  Parent root() {
    return root;
  }

  /** Shows the evidence of {@code c}; photos and signatures are read off the FX thread. */
  void show(CaseRecord c, Function<String, String> labels) {
    current = c;
    itemLabel = labels;
    reload();
  }

  private void reload() {
    background.run(() -> new Loaded(ws.adaptationEvidence().photos(caseId),
        ws.adaptationEvidence().signatures(caseId)), this::fill, e -> problem(CaseText.describe(e, m)));
  }

  private record Loaded(List<CasePhoto> photos, List<AcceptanceSignature> signatures) {}

  private void fill(Loaded l) {
    boolean mayEdit = ws.session().may(Permission.EDIT_ELDERS);
    items.getChildren().clear();
    List<PlanLine> needed = current.plan().stream().filter(PlanLine::needed).toList();
    if (needed.isEmpty()) {
      Label none = new Label(m.get("adaptation.evidence.none"));
      none.setId("adaptationEvidenceNone");
      none.setWrapText(true);
      items.getChildren().add(none);
    }
    for (PlanLine line : needed) {
      Label name = new Label(line.item() + "  " + itemLabel.apply(line.item()));
      name.getStyleClass().add("case-item-name");
      HBox phases = new HBox(12);
      for (Phase phase : Phase.values()) {
        List<CasePhoto> photos = l.photos().stream()
            .filter(p -> p.itemCode().equals(line.item()) && p.phase() == phase).toList();
        phases.getChildren().add(phaseBox(line.item(), phase, photos, mayEdit && phase.openAt(current.state())));
      }
      items.getChildren().add(new VBox(4, name, phases));
    }
    Map<AcceptanceRole, AcceptanceSignature> signed = new java.util.EnumMap<>(AcceptanceRole.class);
    l.signatures().forEach(s -> signed.put(s.role(), s));
    signatureRows.getChildren().clear();
    boolean maySign = mayEdit && AcceptanceRole.signingOpenAt(current.state());
    for (AcceptanceRole role : AcceptanceRole.values()) {
      String roleLabel = m.get("enum.AcceptanceRole." + role.name());
      AcceptanceSignature s = signed.get(role);
      SignatureRow.Shown shown = s == null ? null
          : new SignatureRow.Shown(s.signerName(), s.signedAt(), s.width(), s.height(), s.strokes());
      signatureRows.getChildren().add(SignatureRow.of(m, roleLabel, "Acceptance" + role.name(), shown, maySign,
          () -> sign(role, roleLabel, s), null));
    }
  }

  /** One item's photos of one phase, with the button to add more; files dropped on it land here too. */
  private Node phaseBox(String item, Phase phase, List<CasePhoto> photos, boolean open) {
    String phaseLabel = m.get("enum.Phase." + phase.name());
    String id = item + phase.name();
    FlowPane thumbs = new FlowPane(4, 4);
    int n = 0;
    for (CasePhoto p : photos) {
      n++;
      Button b = PhotoFiles.thumbnail(p.thumbnail(), 56,
          m.get("adaptation.evidence.photoAlt", itemLabel.apply(item), phaseLabel, n, p.width(), p.height()));
      b.setId("photo" + id + n);
      b.setOnAction(e -> view(p, item, phaseLabel, open));
      thumbs.getChildren().add(b);
    }
    Button add = new Button(m.get("adaptation.evidence.add", phaseLabel));
    add.setId("addPhoto" + id);
    add.setDisable(!open);
    add.setOnAction(e -> add(item, phase, FilePicker.openMany(root.getScene().getWindow(),
        m.get("adaptation.evidence.photoTitle", itemLabel.apply(item), phaseLabel), m.get("evidence.photoFilter"),
        PhotoFiles.PATTERNS)));
    Label title = new Label(m.get("adaptation.evidence.phaseCount", phaseLabel, photos.size()));
    VBox box = new VBox(4, title, thumbs, add);
    box.setId("photoBox" + id);
    box.getStyleClass().add("case-photo-box");
    box.setAlignment(Pos.TOP_LEFT);
    box.setPrefWidth(200);
    box.setOnDragOver(e -> {
      if (open && e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    box.setOnDragDropped(e -> {
      boolean ok = open && e.getDragboard().hasFiles();
      if (ok) {
        add(item, phase, e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
      }
      e.setDropCompleted(ok);
      e.consume();
    });
    return box;
  }

  /** Reads, shrinks and stores each file off the FX thread; a bad file is named, the rest are kept. */
  void add(String item, Phase phase, List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    info(m.get("evidence.adding", files.size()));
    background.run(() -> PhotoFiles.addEach(files,
        (name, bytes) -> ws.adaptationEvidence().addPhoto(caseId, item, phase, name, bytes), m), r -> {
          if (r.problems().isEmpty()) {
            info(r.message(m));
          } else {
            problem(r.message(m));
          }
          reload();
        }, e -> {
          problem(CaseText.describe(e, m));
          reload();
        });
  }

  private void view(CasePhoto p, String item, String phaseLabel, boolean removable) {
    if (PhotoFiles.show(root, m, background, m.get("adaptation.evidence.photoTitle", itemLabel.apply(item),
        phaseLabel), Ui.TIME.format(p.addedAt()), () -> ws.adaptationEvidence().photo(p.id()), removable)) {
      background.run(() -> {
        ws.adaptationEvidence().removePhoto(p.id());
        return null;
      }, x -> {
        info(m.get("adaptation.evidence.removed"));
        reload();
      }, e -> problem(CaseText.describe(e, m)));
    }
  }

  private void sign(AcceptanceRole role, String roleLabel, AcceptanceSignature before) {
    String fixed = role == AcceptanceRole.OFFICE ? ws.session().displayName() : null;
    String suggested = before != null ? before.signerName() : role == AcceptanceRole.FAMILY ? elderName : null;
    SignaturePad.ask(root.getScene().getWindow(), m, roleLabel, fixed, suggested).ifPresent(signed ->
        background.run(() -> ws.adaptationEvidence().sign(caseId, role, signed.name(), SignaturePad.WIDTH,
            SignaturePad.HEIGHT, signed.strokes()), x -> {
              info(m.get("adaptation.evidence.signed", roleLabel));
              reload();
            }, e -> problem(CaseText.describe(e, m))));
  }

  private void info(String text) {
    Ui.say(message, text);
  }

  private void problem(String text) {
    Ui.warn(message, text);
  }
}
