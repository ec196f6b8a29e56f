package org.yiping.assessment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.engine.DimensionResult;
import org.yiping.assessment.engine.LevelChange;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.AnswerType;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.Item;
import org.yiping.assessment.form.Option;
import org.yiping.assessment.form.Section;
import org.yiping.assessment.form.Values;
import org.yiping.assessment.visit.AssessmentIncompleteException;
import org.yiping.assessment.visit.AssessmentProgress;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.core.i18n.Messages;
import org.yiping.ui.Background;
import org.yiping.ui.SignaturePad;
import org.yiping.ui.Ui;

/**
 * The form an assessor fills in an elder's home: one item at a time with its help text, large options that number
 * keys pick (1 = the first), Enter to the next item, sections with what is done, and the live scores and level.
 * Every answer is saved the moment it is given; the form reopens at the item where it stopped.
 */
public final class AssessmentFormView {
  private final BorderPane root = new BorderPane();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final Runnable onClose;
  private final UUID id;
  private final String elderName;

  private final Label title = new Label();
  private final ListView<Section> sections = new ListView<>();
  private final VBox itemPane = new VBox(12);
  private final VBox resultPane = new VBox(6);
  private final Label status = Ui.errorLabel();
  private final TextField secondAssessor = new TextField();
  private final TextField place = new TextField();
  private final Button finalizeButton = new Button();
  private FormDefinition form;
  private List<Item> items = List.of();
  private final Map<String, Object> answers = new HashMap<>();
  private ScoringResult result;
  private Map<String, AssessmentService.Suggestion> suggestions = Map.of();
  private final Label suggestion = new Label();
  private final Button takeSuggestion = new Button();
  private VBox currentOptions = new VBox();
  private AssessmentRecord record;
  private int current;
  private final EvidencePane evidence;
  private boolean summaryShown;
  private Node formLeft;
  private Node formCenter;
  private Node formBottom;

  public AssessmentFormView(AppContext app, Background background, Workspace ws, UUID id, String elderName,
      Runnable onClose) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    this.onClose = onClose;
    this.id = id;
    this.elderName = elderName;
    this.evidence = new EvidencePane(background, ws, m, id, elderName,
        () -> record != null && record.status() == AssessmentStatus.DRAFT, () -> { });
    build();
    background.run(() -> {
      AssessmentProgress p = ws.assessments().open(id);
      FormDefinition f = app.forms().find(p.assessment().formId(), p.assessment().formVersion()).orElseThrow();
      return new Object[] {p, f};
    }, loaded -> show((AssessmentProgress) loaded[0], (FormDefinition) loaded[1]),
        e -> status.setText(Ui.describe(e, m)));
  }

  private void build() {
    title.getStyleClass().addAll("title-2", "heading");
    sections.setId("assessmentSections");
    sections.setPrefWidth(220);
    sections.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Section s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
          setText(null);
          return;
        }
        long done = s.items().stream().filter(i -> answers.containsKey(i.code())).count();
        setText(s.code() + " " + s.label() + "  " + m.get("assessment.section.done", done, s.items().size()));
      }
    });
    sections.setOnMouseClicked(e -> jumpToSection(sections.getSelectionModel().getSelectedItem()));
    sections.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        jumpToSection(sections.getSelectionModel().getSelectedItem());
      }
    });
    itemPane.setId("assessmentItem");
    itemPane.setPadding(new Insets(8));
    resultPane.setId("assessmentResult");
    resultPane.setPrefWidth(260);
    secondAssessor.setId("secondAssessor");
    secondAssessor.setPromptText(m.get("assessment.secondAssessor"));
    place.setId("visitPlace");
    place.setPromptText(m.get("assessment.place"));
    finalizeButton.setText(m.get("assessment.finalize") + "（Ctrl+Enter）");
    finalizeButton.setId("finalizeAssessment");
    finalizeButton.setOnAction(e -> askFinalize());
    Button prev = new Button(m.get("assessment.prev"));
    prev.setId("prevItem");
    prev.setOnAction(e -> go(current - 1));
    Button next = new Button(m.get("assessment.next"));
    next.setId("nextItem");
    next.setOnAction(e -> go(current + 1));
    Button close = new Button(m.get("assessment.close"));
    close.setId("closeAssessment");
    close.setCancelButton(true);
    close.setOnAction(e -> onClose.run());
    Button report = new Button(m.get("reports.previewAssessment"));
    report.setId("previewReport");
    report.setOnAction(e -> org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().assessmentReport(id, org.yiping.report.assessment.IdNumberPrinting.MASKED)));
    Label keys = new Label(m.get("assessment.keys"));
    keys.getStyleClass().add("form-hint");
    HBox bottom = new HBox(10, prev, next, finalizeButton, report, close, keys);
    bottom.setAlignment(Pos.CENTER_LEFT);
    ScrollPane center = new ScrollPane(itemPane);
    center.setFitToWidth(true);
    VBox right = new VBox(10, resultPane, Ui.labelFor(m.get("assessment.secondAssessorLabel"), secondAssessor),
        secondAssessor, Ui.labelFor(m.get("assessment.placeLabel"), place), place, evidence.root());
    right.setPadding(new Insets(0, 8, 0, 12));
    ScrollPane rightScroll = new ScrollPane(right);
    rightScroll.setFitToWidth(true);
    rightScroll.setPrefWidth(300);
    rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    root.setTop(new VBox(6, title, status));
    root.setLeft(sections);
    root.setCenter(center);
    root.setRight(rightScroll);
    root.setBottom(bottom);
    formLeft = sections;
    formCenter = center;
    formBottom = bottom;
    root.getStyleClass().add("page");
    BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
    BorderPane.setMargin(sections, new Insets(0, 12, 0, 0));
    // Number keys pick an option, Enter moves on, Page Up goes back: the whole form works without a mouse.
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    if (summaryShown) {
      // On the summary only two keys matter: Ctrl+Enter (or Enter on the default button) confirms, Esc goes back.
      if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        confirmFinalize();
        e.consume();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        hideSummary();
        e.consume();
      }
      return;
    }
    if (form == null || e.getTarget() instanceof TextField) {
      return;
    }
    String text = e.getText();
    if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0)) && text.charAt(0) != '0') {
      pick(text.charAt(0) - '1');
      e.consume();
    } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
      askFinalize();
      e.consume();
    } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)
        && !(e.getTarget() instanceof ListView)) {
      go(current + 1);
      e.consume();
    } else if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
      acceptSuggestion();
      e.consume();
    } else if (e.getCode() == KeyCode.PAGE_UP) {
      go(current - 1);
      e.consume();
    }
  }

  private void show(AssessmentProgress p, FormDefinition f) {
    this.form = f;
    this.record = p.assessment();
    List<Item> all = new ArrayList<>();
    for (Section s : f.sections()) {
      all.addAll(s.items());
    }
    this.items = all;
    answers.clear();
    answers.putAll(p.assessment().answers());
    sections.getItems().setAll(f.sections());
    title.setText(m.get("assessment.title", elderName, f.title(),
        m.get("enum.AssessmentReason." + record.reason().name()))
        + (f.provisional() ? "  " + m.get("assessment.provisional") : ""));
    int start = 0;
    secondAssessor.setText(record.secondAssessor() == null ? secondAssessor.getText() : record.secondAssessor());
    place.setText(record.visitPlace() == null ? place.getText() : record.visitPlace());
    secondAssessor.setDisable(record.status() != AssessmentStatus.DRAFT);
    place.setDisable(record.status() != AssessmentStatus.DRAFT);
    evidence.reload();
    if (record.currentItem() != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).code().equals(record.currentItem())) {
          start = i;
        }
      }
    }
    showResult(p.result());
    refreshSuggestions();
    boolean locked = record.status() != AssessmentStatus.DRAFT;
    finalizeButton.setDisable(locked);
    if (locked) {
      status.setText(m.get("assessment.lockedNote", m.get("assessment.status." + record.status().name())));
    }
    go(start);
  }

  private void jumpToSection(Section s) {
    if (s != null && !s.items().isEmpty()) {
      go(items.indexOf(s.items().get(0)));
    }
  }

  private void go(int index) {
    if (items.isEmpty()) {
      return;
    }
    current = Math.max(0, Math.min(items.size() - 1, index));
    Item item = items.get(current);
    Label code = new Label(item.code() + "  " + item.label() + (item.required() ? "" : "  " + m.get("assessment.optional")));
    code.setId("itemLabel");
    code.getStyleClass().addAll("title-3");
    code.setWrapText(true);
    Label help = new Label(item.help() == null ? "" : item.help());
    help.setId("itemHelp");
    help.setWrapText(true);
    help.getStyleClass().add("form-hint");
    VBox options = new VBox(8);
    options.setId("itemOptions");
    boolean locked = record.status() != AssessmentStatus.DRAFT;
    // Stored answers come back from JSON (Integer, List); options hold the form's normalized values: compare those.
    Object value = Values.normalize(answers.get(item.code()));
    if (item.type() == AnswerType.MULTI) {
      List<?> chosen = value instanceof List<?> l ? l.stream().map(Values::normalize).toList() : List.of();
      int n = 0;
      for (Option o : item.options()) {
        n++;
        CheckBox c = new CheckBox(n + "  " + o.label());
        c.setId("option" + n);
        c.setSelected(chosen.contains(o.value()));
        c.setDisable(locked);
        c.setOnAction(e -> saveMulti(item, options));
        c.setUserData(o.value());
        options.getChildren().add(c);
      }
    } else {
      ToggleGroup group = new ToggleGroup();
      int n = 0;
      for (Option o : optionsOf(item)) {
        n++;
        ToggleButton b = new ToggleButton(n + "   " + o.label()
            + (o.score() != null ? "  （" + m.get("assessment.points", o.score()) + "）" : ""));
        b.setId("option" + n);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMinHeight(44);
        b.setDisable(locked);
        b.setSelected(value != null && value.equals(o.value()));
        b.setUserData(o.value());
        b.setOnAction(e -> {
          save(item, b.isSelected() ? o.value() : null);
          if (b.isSelected()) {
            advanceAfterTap(item);
          }
        });
        options.getChildren().add(b);
      }
    }
    Label position = new Label(m.get("assessment.position", current + 1, items.size()));
    position.getStyleClass().add("form-hint");
    currentOptions = options;
    suggestion.setId("itemSuggestion");
    suggestion.setWrapText(true);
    suggestion.getStyleClass().add("derived");
    takeSuggestion.setText(m.get("assessment.takeSuggestion"));
    takeSuggestion.setId("takeSuggestion");
    takeSuggestion.setOnAction(e -> acceptSuggestion());
    updateSuggestion();
    itemPane.getChildren().setAll(position, code, help, suggestion, takeSuggestion, options);
    sections.getSelectionModel().select(sectionOf(item));
    if (!options.getChildren().isEmpty()) {
      options.getChildren().get(0).requestFocus();
    }
  }

  /**
   * A tap (or click, or Space) on a single-choice option also moves on, after a moment to see the choice: one touch
   * per answer. Number keys do not, because keyboard users confirm with Enter.
   */
  private void advanceAfterTap(Item item) {
    javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
    pause.setOnFinished(e -> {
      if (!summaryShown && current < items.size() && items.get(current) == item && current + 1 < items.size()) {
        go(current + 1);
      }
    });
    pause.play();
  }

  private List<Option> optionsOf(Item item) {
    if (item.type() == AnswerType.BOOLEAN && item.options().isEmpty()) {
      return List.of(new Option(false, m.get("assessment.no"), null), new Option(true, m.get("assessment.yes"), null));
    }
    return item.options();
  }

  private Section sectionOf(Item item) {
    for (Section s : form.sections()) {
      if (s.items().contains(item)) {
        return s;
      }
    }
    return null;
  }

  private void pick(int index) {
    Item item = items.get(current);
    VBox options = currentOptions;
    if (index < 0 || index >= options.getChildren().size() || record.status() != AssessmentStatus.DRAFT) {
      return;
    }
    Node n = options.getChildren().get(index);
    if (n instanceof ToggleButton b) {
      b.setSelected(true);
      save(item, b.getUserData());
    } else if (n instanceof CheckBox c) {
      c.setSelected(!c.isSelected());
      saveMulti(item, options);
    }
  }

  private void saveMulti(Item item, VBox options) {
    List<Object> chosen = new ArrayList<>();
    for (Node n : options.getChildren()) {
      if (n instanceof CheckBox c && c.isSelected()) {
        chosen.add(c.getUserData());
      }
    }
    save(item, chosen);
  }

  /** Saves one answer at once, off the FX thread; the form stays responsive while it is written. */
  private void save(Item item, Object value) {
    if (value == null) {
      answers.remove(item.code());
    } else {
      answers.put(item.code(), value);
    }
    sections.refresh();
    background.runInOrder(() -> ws.assessments().answer(id, item.code(), value), p -> {
      record = p.assessment();
      status.setText("");
      showResult(p.result());
      refreshSuggestions();
    }, e -> status.setText(Ui.describe(e, m)));
  }

  /** Answers another form of this visit already gave, offered (never filled in) for the assessor to confirm. */
  private void refreshSuggestions() {
    if (record == null || record.status() != AssessmentStatus.DRAFT) {
      return;
    }
    background.run(() -> ws.assessments().suggestions(id), found -> {
      suggestions = found;
      updateSuggestion();
    }, Ui::logQuietly);
  }

  private void updateSuggestion() {
    if (items.isEmpty()) {
      return;
    }
    Item item = items.get(current);
    AssessmentService.Suggestion s = answers.containsKey(item.code()) ? null : suggestions.get(item.code());
    boolean takeable = s != null && s.value() != null && record.status() == AssessmentStatus.DRAFT;
    takeSuggestion.setVisible(takeable);
    takeSuggestion.setManaged(takeable);
    if (s == null) {
      suggestion.setText("");
      suggestion.setManaged(false);
      return;
    }
    suggestion.setManaged(true);
    if (s.previousOn() != null) {
      suggestion.setText(m.get("assessment.suggestionPrevious", s.previousOn(), labelsOf(item, s.value())));
      return;
    }
    String from = m.get("assessment.form." + s.fromForm()) + " " + s.fromItem();
    if (s.value() != null) {
      Option o = item.option(s.value());
      suggestion.setText(m.get("assessment.suggestion", from, o == null ? String.valueOf(s.value()) : o.label()));
    } else {
      List<String> labels = new ArrayList<>();
      for (Object v : s.candidates()) {
        Option o = item.option(v);
        labels.add(o == null ? String.valueOf(v) : o.label());
      }
      suggestion.setText(m.get("assessment.suggestionChoices", from, String.join("；", labels)));
    }
  }

  /** The option labels of an answer: one value, or each value of a multiple choice. */
  private String labelsOf(Item item, Object value) {
    List<?> values = value instanceof List<?> l ? l : List.of(value);
    List<String> labels = new ArrayList<>();
    for (Object v : values) {
      Option o = item.option(Values.normalize(v));
      labels.add(o == null ? String.valueOf(v) : o.label());
    }
    return labels.isEmpty() ? m.get("assessment.none") : String.join("、", labels);
  }

  private void acceptSuggestion() {
    Item item = items.get(current);
    AssessmentService.Suggestion s = suggestions.get(item.code());
    if (s == null || s.value() == null || answers.containsKey(item.code())
        || record.status() != AssessmentStatus.DRAFT) {
      return;
    }
    save(item, s.value());
    go(current);
  }

  private void showResult(ScoringResult r) {
    this.result = r;
    resultPane.getChildren().clear();
    resultPane.getChildren().add(Ui.heading(m.get("assessment.live")));
    Map<String, String> dims = new LinkedHashMap<>();
    for (DimensionResult d : r.dimensions().values()) {
      dims.put(d.code(), d.label() + "：" + (d.score() != null ? m.get("assessment.points", d.score()) : "")
          + (d.gradeLabel() != null ? " " + d.gradeLabel() : ""));
    }
    GridPane g = Ui.formGrid();
    int row = 0;
    for (String text : dims.values()) {
      Label l = new Label(text);
      l.setWrapText(true);
      g.add(l, 0, row++);
    }
    resultPane.getChildren().add(g);
    Label level = new Label();
    level.setId("liveLevel");
    level.setWrapText(true);
    if (r.complete()) {
      level.setText(m.get("assessment.levelLine", r.total() == null ? "-" : r.total(),
          r.preliminaryLevel() == null ? "-" : r.preliminaryLevel(), r.finalLevel(), r.levelName()));
    } else {
      level.setText(m.get("assessment.missing", r.missing().size()));
    }
    resultPane.getChildren().add(level);
  }

  private void askFinalize() {
    if (result == null || record.status() != AssessmentStatus.DRAFT) {
      return;
    }
    if (!result.complete()) {
      status.setText(m.get("assessment.problem.incomplete", result.missing().size(),
          String.join("、", result.missing())));
      goTo(result.missing().get(0));
      return;
    }
    showSummary();
  }

  /**
   * The summary the assessor confirms before locking, laid out like GB/T 42195 annex C: C.1 dimension scores, C.2
   * total, C.3 preliminary level, C.4 the rules that changed it, C.5 final level; then the visit record.
   */
  private void showSummary() {
    status.setText("");
    VBox page = new VBox(10);
    page.setId("finalizeSummary");
    page.setPadding(new Insets(4, 8, 8, 8));
    page.getChildren().add(Ui.heading(m.get("summary.title")));
    page.getChildren().add(new Label(m.get("summary.elder", elderName, form.title(),
        m.get("enum.AssessmentReason." + record.reason().name()))));
    page.getChildren().add(subheading(m.get("summary.dimensions")));
    GridPane dims = Ui.formGrid();
    int row = 0;
    for (DimensionResult d : result.dimensions().values()) {
      dims.add(new Label(d.label()), 0, row);
      dims.add(new Label(d.score() != null ? m.get("assessment.points", d.score()) : ""), 1, row);
      dims.add(new Label(d.gradeLabel() != null ? d.gradeLabel() : ""), 2, row);
      row++;
    }
    page.getChildren().add(dims);
    if (result.total() != null) {
      page.getChildren().add(new Label(m.get("summary.total", result.total())));
    }
    if (result.preliminaryLevel() != null) {
      page.getChildren().add(new Label(m.get("summary.preliminary", levelText(result.preliminaryLevel()))));
    }
    page.getChildren().add(subheading(m.get("summary.changes")));
    if (result.levelChanges().isEmpty()) {
      page.getChildren().add(new Label(m.get("summary.noChanges")));
    }
    for (LevelChange c : result.levelChanges()) {
      Label l = new Label("· " + c.description());
      l.setWrapText(true);
      page.getChildren().add(l);
    }
    Label level = new Label(m.get("summary.final", result.finalLevel(), result.levelName()));
    level.setId("summaryLevel");
    level.getStyleClass().add("title-3");
    page.getChildren().add(level);
    List<String> signed = new ArrayList<>();
    evidence.signatures().values().forEach(s -> signed.add(m.get("enum.SignerRole." + s.role().name()) + " "
        + s.signerName()));
    Label evidenceLine = new Label(m.get("summary.evidence", evidence.photoCount(), signed.isEmpty()
        ? m.get("summary.noSignatures") : m.get("summary.signedBy", String.join("、", signed))));
    evidenceLine.setId("summaryEvidence");
    evidenceLine.setWrapText(true);
    page.getChildren().add(evidenceLine);
    HBox signatures = new HBox(10);
    evidence.signatures().values().forEach(s -> signatures.getChildren().add(SignaturePad.preview(s.width(), s.height(), s.strokes(), 150, 56)));
    if (!signatures.getChildren().isEmpty()) {
      page.getChildren().add(signatures);
    }
    page.getChildren().add(new Label(m.get("summary.visit", orNone(place.getText()), orNone(secondAssessor.getText()))));
    Label note = new Label(m.get("summary.lockNote"));
    note.getStyleClass().add("form-hint");
    note.setWrapText(true);
    page.getChildren().add(note);
    Button confirm = new Button(m.get("summary.confirm"));
    confirm.setId("confirmFinalize");
    confirm.setDefaultButton(true);
    confirm.getStyleClass().add("accent");
    confirm.setOnAction(e -> confirmFinalize());
    Button back = new Button(m.get("summary.back"));
    back.setId("backToForm");
    back.setOnAction(e -> hideSummary());
    HBox buttons = new HBox(10, confirm, back);
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    summaryShown = true;
    root.setLeft(null);
    root.setCenter(scroll);
    root.setBottom(buttons);
    BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
    confirm.requestFocus();
  }

  private Label subheading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("text-bold");
    return l;
  }

  private String levelText(int level) {
    var def = form.scoring().level(level);
    return def == null ? Integer.toString(level) : level + "（" + def.name() + "）";
  }

  private String orNone(String text) {
    return text == null || text.isBlank() ? m.get("summary.none") : text.strip();
  }

  private void hideSummary() {
    summaryShown = false;
    root.setLeft(formLeft);
    root.setCenter(formCenter);
    root.setBottom(formBottom);
    go(current);
  }

  private void confirmFinalize() {
    if (!summaryShown) {
      return;
    }
    root.getBottom().setDisable(true);
    background.run(() -> ws.assessments().finalizeAssessment(id, secondAssessor.getText(), place.getText()),
        p -> {
          hideSummary();
          show(p, form);
        }, e -> {
          hideSummary();
          status.setText(Ui.describe(e, m));
          if (e instanceof AssessmentIncompleteException inc && !inc.missing().isEmpty()) {
            goTo(inc.missing().get(0));
          }
        });
  }

  private void goTo(String code) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).code().equals(code)) {
        go(i);
        return;
      }
    }
  }

  public Parent root() {
    return root;
  }
}
