package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.Maintenance;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.testing.MovableClock;
import org.statustray.ui.StatusText;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview window of a big page in trouble, headless: the affected components line with each status in its
 * mark's colour, the collapsed line of planned maintenances, and the offline banner.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewTroubleWindowTest extends FxRobot {
    OverviewWindow window;
    OverviewModel model;

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().hide());
        }
    }

    @Test
    void aBigPageInTroubleShowsAFewAffectedComponentsAndOneLineOfPlannedMaintenances() throws Exception {
        List<Maintenance> planned = new ArrayList<>();
        for (int i = 1; i <= 47; i++) {
            planned.add(OverviewTroubleTest.planned(i, 24L * i + 26));
        }
        show(List.of(OverviewTroubleTest.page("big", Status.MAJOR_OUTAGE,
                OverviewTroubleTest.components(447, 10, 4, 1), planned)));

        FlowPane affected = lookup(".affected-components").queryAs(FlowPane.class);
        assertThat(affected.getChildren()).filteredOn(Label.class::isInstance).map(n -> ((Label) n).getText())
                .containsExactly("Affected:", "Down 0", "(major outage),", "Partly 0", "(partial outage),", "Partly 1",
                        "(partial outage)", "and 12 more");
        assertThat(label("(partial outage),").getTextFill()).as("the orange of its mark")
                .isEqualTo(StatusText.colour(Status.PARTIAL_OUTAGE));
        assertThat(label("(major outage),").getTextFill()).isEqualTo(StatusText.colour(Status.MAJOR_OUTAGE));
        assertThat(label("major outage").getTextFill()).as("the row's own status word")
                .isEqualTo(StatusText.colour(Status.MAJOR_OUTAGE));
        assertThat(label("47 maintenances planned · next 12 Aug 16:00 CEST").isVisible()).isTrue();
        assertThat(lookup(".maintenance-title").<Node>queryAll()).as("one line, not 47").hasSize(1);
        assertThat(lookup(".planned-maintenances .hyperlink").queryAs(Hyperlink.class).getText())
                .isEqualTo("Open status page");
    }

    @Test
    void offlineTheBannerSaysSo() throws Exception {
        List<ServiceView> unreachable = new ArrayList<>();
        for (String id : List.of("github", "openai", "anthropic", "slack", "aws", "gcp")) {
            unreachable.add(new ServiceView(id, id, "https://status." + id + ".com", Status.UNKNOWN, null, "no answer",
                    OverviewTroubleTest.NOW, null, List.of(), List.of()).withTrouble(PageTrouble.UNREACHABLE));
        }
        show(unreachable);
        assertThat(lookup(".summary-banner .summary").queryAs(Label.class).getText())
                .isEqualTo("6 services cannot be reached");

        FxToolkit.setupFixture(() -> model.update(unreachable, true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".summary-banner .summary").queryAs(Label.class).getText()).isEqualTo("You seem to be offline");
        assertThat(lookup(".summary-banner .summary-details").queryAs(Label.class).getText())
                .isEqualTo(OverviewSummary.OFFLINE_DETAILS);
        assertThat(lookup(".summary-banner").query().getAccessibleText()).startsWith("You seem to be offline");
    }

    private void show(List<ServiceView> views) throws Exception {
        FxToolkit.setupFixture(() -> {
            model = new OverviewModel(new MovableClock(OverviewTroubleTest.NOW), ZoneId.of("Europe/Berlin"));
            model.update(views);
            window = new OverviewWindow(model, UiActions.NONE);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label label(String text) {
        return lookup(n -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }
}
