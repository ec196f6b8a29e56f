package org.yiping.adaptation.ui;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.AdaptationService;
import org.yiping.adaptation.AdaptationStep;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.FormDialog;
import org.yiping.ui.Ui;

/**
 * One home adaptation case: the elder and eligibility, the steps 申请 → … → 归档 with the current one highlighted,
 * the plan on the 30-item checklist with totals per payer, the button for the next step (enabled for the role that
 * owns it), 退回 and 终止 with a reason, and every step with who, when and why. Esc goes back to the list.
 */
final class AdaptationCasePage {
  /** The steps of the bar, in order (终止 is not a step: it ends the case wherever it is). */
  static final List<CaseState> STEPS = List.of(CaseState.APPLIED, CaseState.HOME_ASSESSED, CaseState.PLANNED,
      CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED, CaseState.SETTLED, CaseState.ARCHIVED);

  private final BorderPane root = new BorderPane();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final UUID caseId;
  private final Runnable onClose;
  private final Label title = Ui.heading("");
  private final HBox stepBar = new HBox(6);
  private final Label stateLine = new Label();
  private final Label eligibility = new Label();
  private final Label totals = new Label();
  private final Label planState = new Label();
  private final VBox planBox = new VBox(6);
  private final Button save = new Button();
  private final Button advance = new Button();
  private final Button sendBack = new Button();
  private final Button terminate = new Button();
  private final TextField note = new TextField();
  private final ListView<AdaptationStep.StepRecord> history = new ListView<>();
  private final Label message = Ui.errorLabel();
  private PlanEditor plan;
  private AdaptationEvidencePane evidence;
  private final java.util.Map<String, String> itemLabels = new java.util.HashMap<>();
  private ScrollPane planScroll;
  private CaseRecord current;

  AdaptationCasePage(AppContext app, Background background, Workspace ws, UUID caseId, String elderName,
      Runnable onClose) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    this.caseId = caseId;
    this.onClose = onClose;
    build(elderName);
    load(null);
  }

  private void build(String elderName) {
    root.setId("adaptationCasePage");
    root.getStyleClass().add("page");
    Button back = new Button(m.get("adaptation.case.back"));
    back.setId("closeAdaptationCase");
    back.setCancelButton(true);
    back.setOnAction(e -> leave());
    // Esc goes back from anywhere on the page: lists and tables would otherwise take it for themselves.
    root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
        e.consume();
        leave();
      }
    });
    title.setId("adaptationCaseTitle");
    title.setUserData(elderName);
    title.setText(elderName);
    // The papers of the case: the plan for the family to sign, and the whole case sheet.
    Button planPaper = new Button(m.get("adaptation.case.planPaper"));
    planPaper.setId("adaptationPlanPaper");
    planPaper.setOnAction(e -> org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().adaptationPlanForSigning(caseId)));
    Button caseSheet = new Button(m.get("adaptation.case.caseSheet"));
    caseSheet.setId("adaptationCaseSheet");
    caseSheet.setOnAction(e -> org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().adaptationCaseSheet(caseId)));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(12, back, title, gap, planPaper, caseSheet);
    top.setAlignment(Pos.CENTER_LEFT);
    stepBar.setId("adaptationStepBar");
    stepBar.setAlignment(Pos.CENTER_LEFT);
    for (int i = 0; i < STEPS.size(); i++) {
      if (i > 0) {
        Label arrow = new Label("→");
        arrow.getStyleClass().add("case-step-arrow");
        stepBar.getChildren().add(arrow);
      }
      Label step = new Label(m.get("enum.CaseState." + STEPS.get(i).name()));
      step.setId("step" + STEPS.get(i).name());
      step.getStyleClass().add("case-step");
      step.setMinWidth(Region.USE_PREF_SIZE);
      stepBar.getChildren().add(step);
    }
    stateLine.setId("adaptationStateLine");
    stateLine.setWrapText(true);
    VBox head = new VBox(8, top, stepBar, stateLine);
    message.setId("adaptationCaseMessage");

    // Left: the plan, with its totals and the save button under it.
    Label planTitle = new Label(m.get("adaptation.plan.title"));
    planTitle.getStyleClass().add("case-section");
    planBox.getChildren().add(planTitle);
    planBox.setMinWidth(Region.USE_PREF_SIZE);
    totals.setId("adaptationTotals");
    totals.getStyleClass().add("case-totals");
    totals.setWrapText(true);
    planState.setId("adaptationPlanState");
    planState.getStyleClass().add("form-hint");
    save.setText(m.get("adaptation.plan.save"));
    save.setId("saveAdaptationPlan");
    save.setOnAction(e -> savePlan());
    save.setDisable(true);

    // Under the steps: the eligibility, then the note and the step buttons in one row.
    eligibility.setId("adaptationCaseEligibility");
    eligibility.setWrapText(true);
    Label eligibilityTitle = new Label(m.get("adaptation.case.eligibility"));
    eligibilityTitle.getStyleClass().add("case-section");
    eligibilityTitle.setMinWidth(Region.USE_PREF_SIZE);
    HBox eligibilityRow = new HBox(8, eligibilityTitle, eligibility);
    eligibilityRow.setAlignment(Pos.BASELINE_LEFT);
    note.setId("adaptationStepNote");
    note.setPromptText(m.get("adaptation.case.notePrompt"));
    Label noteLabel = Ui.labelFor(m.get("adaptation.case.note"), note);
    HBox.setHgrow(note, Priority.ALWAYS);
    note.setMaxWidth(420);
    advance.setId("advanceAdaptationCase");
    advance.getStyleClass().add("accent");
    advance.setOnAction(e -> advance());
    advance.setDisable(true);
    advance.setMinWidth(Region.USE_PREF_SIZE);
    sendBack.setText(m.get("adaptation.case.sendBack"));
    sendBack.setId("sendBackAdaptationCase");
    sendBack.setOnAction(e -> sendBack());
    sendBack.setDisable(true);
    sendBack.setMinWidth(Region.USE_PREF_SIZE);
    terminate.setText(m.get("adaptation.case.terminate"));
    terminate.setId("terminateAdaptationCase");
    terminate.getStyleClass().add("danger");
    terminate.setOnAction(e -> terminate());
    terminate.setDisable(true);
    terminate.setMinWidth(Region.USE_PREF_SIZE);
    HBox actions = new HBox(8, noteLabel, note, advance, sendBack, terminate);
    actions.setAlignment(Pos.CENTER_LEFT);
    head.getChildren().addAll(eligibilityRow, actions, message);

    // Right of the plan: the history, each step on two lines (when, what, who; the steps and the note).
    Label historyTitle = new Label(m.get("adaptation.history.title"));
    historyTitle.getStyleClass().add("case-section");
    history.setId("adaptationHistory");
    history.getStyleClass().addAll("case-history", "striped");
    history.setPlaceholder(new Label(m.get("adaptation.history.none")));
    history.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(AdaptationStep.StepRecord s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : historyText(s));
        // A long note is cut at the edge of the list; all of it shows on hover.
        setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(historyText(s)));
      }
    });
    VBox.setVgrow(history, Priority.ALWAYS);
    VBox historyBox = new VBox(8, historyTitle, history);
    historyBox.setPadding(new Insets(8, 0, 0, 0));
    // The history and the photos and signatures share the right side: one tab each (Ctrl+Tab moves between them).
    evidence = new AdaptationEvidencePane(background, ws, m, caseId, elderName);
    Tab historyTab = new Tab(m.get("adaptation.history.tab"), historyBox);
    historyTab.setId("adaptationHistoryTab");
    Tab evidenceTab = new Tab(m.get("adaptation.evidence.tab"), evidence.root());
    evidenceTab.setId("adaptationEvidenceTab");
    TabPane side = new TabPane(historyTab, evidenceTab);
    side.setId("adaptationSide");
    side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    side.setMinWidth(280);
    HBox.setHgrow(side, Priority.ALWAYS);
    HBox body = new HBox(16, planBox, side);
    root.setTop(head);
    root.setCenter(body);
    keepFocusedInView();
    BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
  }

  /** A step in words: when, what and who on the first line; from where to where and the note on the second. */
  String historyText(AdaptationStep.StepRecord s) {
    String note = noteText(s);
    return m.get("adaptation.history.line", Ui.TIME.format(s.at()), m.get("adaptation.action." + s.action().name()),
        s.by(), stepText(s), note.isEmpty() ? "" : m.get("adaptation.history.note", note));
  }

  private String stepText(AdaptationStep.StepRecord s) {
    String to = m.get("enum.CaseState." + s.to().name());
    return s.from() == null ? to : m.get("adaptation.history.fromTo", m.get("enum.CaseState." + s.from().name()), to);
  }

  private String noteText(AdaptationStep.StepRecord s) {
    if (s.action() == AdaptationStep.Action.APPLY && "override".equals(s.note())) {
      return m.get("adaptation.history.override");
    }
    return s.note() == null ? "" : s.note();
  }

  Parent root() {
    return root;
  }

  /** Reads the case, its steps and its checklist off the FX thread; {@code done} says what happened. */
  private void load(String done) {
    background.run(() -> {
      CaseRecord c = ws.adaptation().get(caseId);
      List<AdaptationStep.StepRecord> steps = ws.adaptation().steps(caseId);
      FormDefinition checklist = plan != null ? null : app.forms().find(AdaptationService.CHECKLIST, c.formVersion())
          .or(() -> app.forms().latest(AdaptationService.CHECKLIST)).orElseThrow();
      String township = c.townshipCode() == null ? ""
          : app.divisions().find(c.townshipCode()).map(d -> d.name()).orElse("");
      return new Loaded(c, steps, checklist, township);
    }, l -> show(l, done), e -> problem(CaseText.describe(e, m)));
  }

  private record Loaded(CaseRecord c, List<AdaptationStep.StepRecord> steps, FormDefinition checklist,
      String township) {}

  private void show(Loaded l, String done) {
    CaseRecord c = l.c();
    current = c;
    if (plan == null) {
      l.checklist().items().forEach(i -> itemLabels.put(i.code(), i.label()));
      plan = new PlanEditor(m, l.checklist(), this::planChanged);
      ScrollPane scroll = new ScrollPane(plan.body());
      scroll.setId("adaptationPlan");
      scroll.setFitToWidth(true);
      scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
      scroll.setPrefViewportWidth(totalWidth());
      scroll.setMinViewportWidth(totalWidth());
      VBox.setVgrow(scroll, Priority.ALWAYS);
      HBox saveRow = new HBox(12, save, planState);
      saveRow.setAlignment(Pos.CENTER_LEFT);
      planBox.getChildren().addAll(plan.header(), scroll, totals, saveRow);
      planScroll = scroll;
    }
    String elderName = (String) title.getUserData();
    title.setText(m.get("adaptation.case.title", elderName, l.township(), Integer.toString(c.targetYear())));
    plan.fill(c.plan());
    enableFor(c);
    planChanged();
    showSteps(c, l.steps());
    eligibility.setText(c.eligible()
        ? m.get("adaptation.case.eligible", CaseText.reasons(m, c.eligibilityBasis()))
        : m.get("adaptation.case.override", CaseText.reasons(m, c.eligibilityBasis()),
            c.overrideReason() == null ? "" : c.overrideReason()));
    eligibility.getStyleClass().removeAll("case-ok", "case-warn");
    eligibility.getStyleClass().add(c.eligible() ? "case-ok" : "case-warn");
    history.getItems().setAll(l.steps());
    evidence.show(c, code -> itemLabels.getOrDefault(code, ""));
    history.scrollTo(Math.max(0, l.steps().size() - 1));
    advance.setText(m.get(c.state().closed() ? "adaptation.advance.closed" : "adaptation.advance." + c.state().name()));
    Ui.say(message, done == null ? "" : done);
  }

  /** What the signed-in role may do at the case's step: edit the plan, move it on, send it back, terminate it. */
  private void enableFor(CaseRecord c) {
    boolean editable = !c.state().closed()
        && (c.state() == CaseState.APPLIED || c.state() == CaseState.HOME_ASSESSED)
        && (ws.session().may(Permission.ASSESS) || ws.session().may(Permission.REVIEW));
    plan.setEditable(editable);
    save.setDisable(!editable);
    boolean reviewer = ws.session().may(Permission.REVIEW);
    boolean mayAdvance = !c.state().closed() && ws.session().may(c.state().toAdvance());
    advance.setDisable(!mayAdvance);
    sendBack.setDisable(!reviewer || c.state().closed() || c.state() == CaseState.APPLIED);
    terminate.setDisable(!reviewer || c.state().closed());
    note.setDisable(!mayAdvance);
  }

  private static double totalWidth() {
    double w = 0;
    for (double c : PlanEditor.WIDTHS) {
      w += c + 8;
    }
    return w;
  }

  private void showSteps(CaseRecord c, List<AdaptationStep.StepRecord> steps) {
    CaseState at = c.state();
    boolean terminated = at == CaseState.TERMINATED;
    if (terminated) {
      // Where it ended: the step it was at when it was terminated.
      at = steps.isEmpty() || steps.get(steps.size() - 1).from() == null ? CaseState.APPLIED
          : steps.get(steps.size() - 1).from();
    }
    int index = STEPS.indexOf(at);
    for (int i = 0; i < STEPS.size(); i++) {
      Label step = (Label) stepBar.lookup("#step" + STEPS.get(i).name());
      step.getStyleClass().removeAll("case-step-done", "case-step-current", "case-step-terminated");
      if (i < index) {
        step.getStyleClass().add("case-step-done");
      } else if (i == index) {
        step.getStyleClass().add(terminated ? "case-step-terminated" : "case-step-current");
      }
    }
    if (c.state() == CaseState.ARCHIVED) {
      stateLine.setText(m.get("adaptation.case.archived"));
    } else if (terminated) {
      stateLine.setText(m.get("adaptation.case.terminated", m.get("enum.CaseState." + at.name()),
          c.closedReason() == null ? "" : c.closedReason()));
    } else {
      Permission owner = c.state().toAdvance();
      String role = m.get(owner == Permission.ASSESS ? "role.ASSESSOR" : "role.REVIEWER");
      String next = m.get("adaptation.advance." + c.state().name()).replaceAll("\\(_.\\)|_", "");
      stateLine.setText(m.get(ws.session().may(owner) ? "adaptation.case.yourStep" : "adaptation.case.waiting",
          m.get("enum.CaseState." + c.state().name()), next, role));
    }
  }

  private void planChanged() {
    long s = plan.subsidyFen();
    long f = plan.familyFen();
    totals.setText(m.get("adaptation.plan.totals", CaseText.yuan(m, s), CaseText.yuan(m, f), CaseText.yuan(m, s + f),
        plan.neededCount()));
    planState.setText(plan.dirty() ? m.get("adaptation.plan.unsaved") : "");
  }

  private void savePlan() {
    List<PlanLine> lines;
    try {
      lines = plan.lines();
    } catch (UserFacingException e) {
      problem(e.render(m));
      return;
    }
    run(() -> ws.adaptation().plan(caseId, lines), m.get("adaptation.plan.saved"));
  }

  /** The next step; a plan being edited is saved first, in the same background call. */
  private void advance() {
    if (current == null) {
      return;
    }
    List<PlanLine> lines = null;
    if (plan.dirty() && !save.isDisabled()) {
      try {
        lines = plan.lines();
      } catch (UserFacingException e) {
        problem(e.render(m));
        return;
      }
    }
    List<PlanLine> toSave = lines;
    String text = note.getText();
    CaseState from = current.state();
    run(() -> {
      if (toSave != null) {
        ws.adaptation().plan(caseId, toSave);
      }
      return ws.adaptation().advance(caseId, text);
    }, m.get("adaptation.case.advanced", m.get("enum.CaseState." + from.name())));
  }

  private void sendBack() {
    FormDialog.<CaseRecord>askReason(root, m, background, "adaptationSendBackDialog",
        m.get("adaptation.sendBack.title"), m.get("adaptation.sendBack.prompt"),
        reason -> () -> ws.adaptation().sendBack(caseId, reason),
        c -> load(m.get("adaptation.case.sentBack", m.get("enum.CaseState." + c.state().name()))));
  }

  private void terminate() {
    FormDialog.<CaseRecord>askReason(root, m, background, "adaptationTerminateDialog",
        m.get("adaptation.terminate.title"), m.get("adaptation.terminate.prompt"),
        reason -> () -> ws.adaptation().terminate(caseId, reason),
        c -> load(m.get("adaptation.case.terminatedDone")));
  }

  private void run(Callable<CaseRecord> work, String done) {
    message.setText("");
    advance.setDisable(true);
    save.setDisable(true);
    background.run(work, c -> {
      note.clear();
      load(done);
    }, e -> {
      // Refused: what was typed stays (no reload that would put the saved plan back), the buttons come back.
      problem(CaseText.describe(e, m));
      if (current != null) {
        enableFor(current);
      }
    });
  }

  private void problem(String text) {
    Ui.warn(message, text);
  }

  /** Back to the list; unsaved plan changes are confirmed first. */
  private void leave() {
    if (plan != null && plan.dirty() && !save.isDisabled()) {
      ButtonType discard = new ButtonType(m.get("adaptation.plan.discard"), ButtonData.OK_DONE);
      ButtonType stay = new ButtonType(m.get("cases.dialog.cancel"), ButtonData.CANCEL_CLOSE);
      Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.get("adaptation.plan.discardText"), discard, stay);
      a.initOwner(root.getScene().getWindow());
      a.setHeaderText(null);
      a.getDialogPane().setId("adaptationDiscardDialog");
      if (a.showAndWait().filter(b -> b == discard).isEmpty()) {
        return;
      }
    }
    onClose.run();
  }

  /** Tab through a long plan: the focused field is kept in view (ScrollPane does not do it by itself). */
  private void keepFocusedInView() {
    root.sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        scene.focusOwnerProperty().addListener((obs, old, focused) -> scrollTo(focused));
      }
    });
  }

  private void scrollTo(javafx.scene.Node focused) {
    ScrollPane scroll = planScroll;
    if (focused == null || scroll == null || root.getScene() == null) {
      return;
    }
    for (javafx.scene.Node n = focused; n != null; n = n.getParent()) {
      if (n == plan.body()) {
        double content = plan.body().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
          return;
        }
        javafx.geometry.Bounds b = plan.body().sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - viewport);
        if (b.getMinY() < top) {
          scroll.setVvalue(Math.max(0, (b.getMinY() - 24) / (content - viewport)));
        } else if (b.getMaxY() > top + viewport) {
          scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport + 8) / (content - viewport)));
        }
        return;
      }
    }
  }
}
