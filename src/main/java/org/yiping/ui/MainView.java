package org.yiping.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.assessment.ui.AssessmentHomeView;
import org.yiping.elder.ui.ElderListView;
import org.yiping.security.Permission;
import org.yiping.security.ui.AdminView;

/**
 * The main window: a navigation rail of the eight areas (those not built yet say so), the content, and a status bar
 * with who is signed in, the role, online or offline, and how many changes wait to sync. Ctrl+1 … Ctrl+8 switch areas.
 */
public final class MainView {
  private final BorderPane root = new BorderPane();
  private final StackPane content = new StackPane();
  private final ToggleGroup group = new ToggleGroup();
  private final List<ToggleButton> buttons = new ArrayList<>();
  private final Label unsynced = new Label();
  private final javafx.scene.control.Hyperlink syncState = new javafx.scene.control.Hyperlink();
  private final Timeline statusRefresh;
  private final AppContext app;
  private final Background background;
  private final Workspace ws;

  private record Area(String id, String key, Supplier<Node> view) {}

  public MainView(AppContext app, Background background, Workspace ws, Runnable signOut) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    Messages m = app.messages();
    List<Area> areas = List.of(
        new Area("navElders", "nav.elders", () -> new ElderListView(app, background, ws, this::refreshStatus,
            elder -> new org.yiping.assessment.ui.ElderResultsView(app, background, ws, elder).root()).root()),
        new Area("navAssessment", "nav.assessment", () -> new AssessmentHomeView(app, background, ws).root()),
        new Area("navAdaptation", "nav.adaptation",
            () -> new org.yiping.adaptation.ui.AdaptationView(app, background, ws).root()),
        new Area("navBeds", "nav.beds", () -> new org.yiping.bed.ui.BedsView(app, background, ws).root()),
        new Area("navVisits", "nav.visits",
            () -> new org.yiping.carevisit.ui.CareVisitsView(app, background, ws).root()),
        new Area("navDashboard", "nav.dashboard",
            () -> new org.yiping.dashboard.ui.DashboardView(app, background, ws).root()),
        new Area("navReports", "nav.reports",
            () -> new org.yiping.reporting.ui.ReportsView(app, background, ws).root()),
        new Area("navSync", "nav.sync", () -> new org.yiping.sync.ui.SyncView(app, background, ws).root()),
        new Area("navAdmin", "nav.admin", () -> new AdminView(app, background, ws).root()));

    VBox rail = new VBox();
    rail.getStyleClass().add("nav-rail");
    int n = 0;
    for (Area a : areas) {
      n++;
      if (a.id().equals("navAdmin") && !ws.session().may(Permission.MANAGE_USERS)) {
        continue;
      }
      ToggleButton b = new ToggleButton(m.get(a.key()));
      b.setId(a.id());
      b.setToggleGroup(group);
      b.setMnemonicParsing(false);
      b.setOnAction(e -> {
        if (b.isSelected()) {
          content.getChildren().setAll(a.view().get());
        } else {
          b.setSelected(true); // one area is always selected
        }
      });
      final int index = n;
      b.setUserData(index);
      buttons.add(b);
      rail.getChildren().add(b);
    }
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    Button signOutButton = new Button(m.get("nav.signOut"));
    signOutButton.setId("signOut");
    signOutButton.setMaxWidth(Double.MAX_VALUE);
    signOutButton.setOnAction(e -> signOut.run());
    rail.getChildren().addAll(spacer, signOutButton);

    HBox status = new HBox();
    status.getStyleClass().add("status-bar");
    status.setAlignment(Pos.CENTER_LEFT);
    Label user = new Label(m.get("status.user", ws.session().displayName(), ws.session().username()));
    user.setId("statusUser");
    Label role = new Label(m.get("status.role", m.get("role." + ws.session().role().name())));
    role.setId("statusRole");
    syncState.setId("statusOnline");
    syncState.setFocusTraversable(false); // Ctrl+8 is the keyboard's way to the sync page
    unsynced.setId("statusUnsynced");
    status.getChildren().addAll(user, role, syncState, unsynced);

    root.setLeft(rail);
    root.setCenter(content);
    root.setBottom(status);
    root.sceneProperty().addListener((o, old, scene) -> {
      if (scene != null) {
        for (ToggleButton b : buttons) {
          int i = (int) b.getUserData();
          scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i)),
              KeyCombination.SHORTCUT_DOWN), () -> b.fire());
        }
      }
    });
    buttons.get(0).setSelected(true);
    content.getChildren().setAll(areas.get(0).view().get());
    buttons.stream().filter(b -> "navSync".equals(b.getId())).findFirst()
        .ifPresent(b -> syncState.setOnAction(e -> b.fire()));
    syncState.setText(m.get("status.sync.STARTING"));
    ws.backgroundSync().ifPresent(sync -> {
      sync.addListener(state -> javafx.application.Platform.runLater(() -> showSync(state)));
      sync.start(java.time.Duration.ofSeconds(3));
    });
    if (ws.backgroundSync().isEmpty()) {
      syncState.setText(m.get("status.sync.NOT_ENROLLED"));
    }
    statusRefresh = new Timeline(new KeyFrame(Duration.seconds(20), e -> refreshStatus()));
    statusRefresh.setCycleCount(Timeline.INDEFINITE);
    statusRefresh.play();
    refreshStatus();
  }

  /** Re-reads the unsynced count off the FX thread. */
  public void refreshStatus() {
    background.run(() -> ws.syncStatus().unsyncedCount(),
        count -> unsynced.setText(app.messages().get("status.unsynced", count)), Ui::logQuietly);
  }

  private void showSync(org.yiping.sync.BackgroundSync.State s) {
    Messages m = app.messages();
    String now = switch (s.phase()) {
      case SYNCING -> m.get("status.sync.SYNCING", s.done(), Math.max(s.done(), s.total()));
      case FAILED -> m.get("status.sync.FAILED", s.problem() == null ? "" : s.problem().render(m));
      default -> m.get("status.sync." + s.phase().name());
    };
    syncState.setText(s.lastSync() == null || s.phase() == org.yiping.sync.BackgroundSync.Phase.SYNCING ? now
        : m.get("status.sync.last", now, Ui.TIME.format(s.lastSync())));
    syncState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"),
        s.phase() == org.yiping.sync.BackgroundSync.Phase.FAILED);
    if (s.phase() == org.yiping.sync.BackgroundSync.Phase.SYNCED) {
      refreshStatus();
    }
  }

  public Parent root() {
    return root;
  }

  void stop() {
    statusRefresh.stop();
  }
}
