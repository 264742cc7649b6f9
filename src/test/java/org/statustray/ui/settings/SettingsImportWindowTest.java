package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.store.SharedServices;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Pressing Import… with a file chosen by a stub: the preview is shown, the new services join the list. */
@ExtendWith(ApplicationExtension.class)
class SettingsImportWindowTest extends FxRobot {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    Path file;
    Path team;
    final List<String> previews = new ArrayList<>();
    SettingsWindow window;

    /** Chooses {@code team} to import, agrees to the preview; exporting is not asked for here. */
    final ShareDialogs stub = new ShareDialogs() {
        @Override
        public Optional<Path> exportTo(Path suggested) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> importFrom(Path folder) {
            return Optional.of(team);
        }

        @Override
        public boolean confirmImport(String summary, boolean anyNew) {
            previews.add(summary);
            return true;
        }
    };

    @BeforeEach
    void open() throws Exception {
        AppConfig teams = ConfigFile.load(Files.writeString(tmp.resolve("team-config.json"), """
                {"services": [{"id": "build-farm", "name": "Build farm", "url": "https://status.build.example", "format": "statuspage"},
                  {"id": "vpn", "name": "Office VPN", "url": "https://vpn.example/feed.rss", "format": "feed"}]}
                """), CATALOG).config();
        team = Files.write(tmp.resolve("team.json"), SharedServices.export(teams, s -> Optional.empty()).json());
        file = Files.writeString(tmp.resolve("config.json"), "{\"services\": [{\"id\": \"openai\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        FxToolkit.setupFixture(() -> {
            SettingsModel model = new SettingsModel(file, current, CATALOG, uri -> null, id -> Optional.empty(),
                    new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                    Runnable::run, Platform::runLater, ConfigChanges.writing(file, CATALOG, current, c -> { }));
            window = new SettingsWindow(model, UiActions.NONE, stub);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    @Test
    void pressingImportShowsWhatWillHappenAndTheNewServicesJoinTheList() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<ServiceConfig> list = lookup("#service-list").queryAs(ListView.class);
        assertThat(lookup("#export-services").queryAs(Button.class).isDisabled()).as("nothing added by address yet").isTrue();

        clickOn("#import-services");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 3);

        assertThat(previews).containsExactly("2 new, 0 already watched, 0 skipped\nbuild-farm: new\nvpn: new");
        assertThat(list.getItems()).extracting(ServiceConfig::id).containsExactly("openai", "build-farm", "vpn");
        assertThat(lookup("#settings-info").queryLabeled().getText()).isEqualTo("Imported 2 services from team.json");
        assertThat(ConfigFile.load(file, CATALOG).config().services()).extracting(ServiceConfig::id)
                .containsExactly("openai", "build-farm", "vpn");
        assertThat(lookup("#export-services").queryAs(Button.class).isDisabled()).isFalse();
    }
}
