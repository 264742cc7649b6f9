package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.AppConfig;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;

/** Settings that stay current: duplicates caught while typing, the schemes a bare address was tried with, group ticks, reads. */
class SettingsStayCurrentTest {
    static final Catalog CATALOG = Catalog.builtIn();
    static final Component API = new Component("c1", "API", "Core", Status.PARTIAL_OUTAGE);
    static final Component WEB = new Component("c2", "Web", "Core", Status.OPERATIONAL);
    static final Component DASHBOARD = new Component("c3", "Dashboard", null, Status.OPERATIONAL);

    @TempDir
    Path tmp;
    final Map<String, Snapshot> reads = new HashMap<>();
    final List<URI> tried = new ArrayList<>();

    SettingsModel model(Function<URI, PageResult> detect) throws Exception {
        Path file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"github\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        return new SettingsModel(file, current, CATALOG, uri -> {
            tried.add(uri);
            return detect.apply(uri);
        }, id -> Optional.ofNullable(reads.get(id)),
                new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                Runnable::run, Runnable::run, ConfigChanges.writing(file, CATALOG, current, c -> { }));
    }

    static Snapshot page(String url, List<Component> components) {
        return new Snapshot("Example", url, "statuspage", java.time.Instant.parse("2026-10-07T10:00:00Z"),
                Status.OPERATIONAL, "All good", components, true, List.of(), List.of());
    }

    static PageResult failed(URI uri, FailureKind kind, String reason) {
        return new PageResult.Failed(uri, kind, reason, 0, null);
    }

    @Test
    void aDuplicateAddressIsCaughtWhileTypingHoweverItIsSpelled() throws Exception {
        SettingsModel m = model(uri -> failed(uri, FailureKind.UNREACHABLE, "no"));
        String github = "GitHub already watches this page (https://www.githubstatus.com)";

        for (String typed : List.of("www.githubstatus.com", "HTTP://WWW.GitHubStatus.com/", "https://www.githubstatus.com//",
                "https://www.githubstatus.com/api/v2/summary.json", "www.githubstatus.com:443/api/v2/status.json",
                "http://www.githubstatus.com:80")) {
            assertThat(m.alreadyWatched(typed)).as(typed).isEqualTo(github);
        }
        for (String typed : List.of("", "www.github", "githubstatus.com", "https://www.githubstatus.com/history",
                "https://www.githubstatus.com:8443", "www.githubstatus.com.example.org", "mailto:x@www.githubstatus.com")) {
            assertThat(m.alreadyWatched(typed)).as(typed).isEmpty();
        }
        assertThat(tried).as("typing asks no server").isEmpty();
    }

    @Test
    void aPageDetectedOverHttpIsRefusedWhenItsHttpsTwinIsWatched() throws Exception {
        SettingsModel m = model(uri -> uri.getScheme().equals("http")
                ? new PageResult.Read(uri, "statuspage", page(uri.toString(), List.of()), Validators.NONE)
                : failed(uri, FailureKind.UNREACHABLE, "connection refused"));
        m.detect("https://www.githubstatus.com/api/v2/summary.json");
        assertThat(m.detectProblemProperty().get()).startsWith("Cannot reach www.githubstatus.com");
        m.detect("http://WWW.githubstatus.com/");
        assertThat(m.previewProperty().get()).isNotNull();

        assertThat(m.addDetected(List.of())).isFalse();
        assertThat(m.errorProperty().get()).endsWith("is already watched as GitHub");
        assertThat(m.config().services()).hasSize(2);
    }

    @Test
    void aBareAddressIsTriedWithHttpsThenHttpAndTheMessageSaysWhyEachFailed() throws Exception {
        SettingsModel m = model(uri -> uri.getScheme().equals("https")
                ? failed(uri, FailureKind.UNREACHABLE, "TLS handshake failed: no cipher suites in common")
                : failed(uri, FailureKind.HTTP_STATUS, "HTTP 404 Not Found"));

        m.detect("status.example.org");

        assertThat(tried).extracting(URI::toString).containsExactly("https://status.example.org", "http://status.example.org");
        assertThat(m.previewProperty().get()).isNull();
        assertThat(m.detectProblemProperty().get()).isEqualTo("""
                No status page found at status.example.org. With no scheme typed, StatusTray tried https and then http:
                • https://status.example.org — Cannot reach status.example.org: TLS handshake failed: no cipher suites in common
                • http://status.example.org — status.example.org answered with an error: HTTP 404 Not Found""");
    }

    @Test
    void aBareAddressServedOnlyOverHttpIsFoundThere() throws Exception {
        SettingsModel m = model(uri -> uri.getScheme().equals("https")
                ? failed(uri, FailureKind.UNREACHABLE, "connection refused")
                : new PageResult.Read(uri, "statuspage", page(uri.toString(), List.of(API)), Validators.NONE));

        m.detect("localhost:8080/status");

        assertThat(m.detectProblemProperty().get()).isEmpty();
        assertThat(m.previewProperty().get().address()).hasToString("http://localhost:8080/status");
        assertThat(m.addDetected(List.of(API))).isTrue();
        assertThat(m.config().services().get(2).url()).isEqualTo("http://localhost:8080/status");
    }

    @Test
    void anAddressTypedWithItsSchemeIsTriedAsTypedOnly() throws Exception {
        SettingsModel m = model(uri -> failed(uri, FailureKind.UNREACHABLE, "connection refused"));

        m.detect("https://status.example.org");

        assertThat(tried).extracting(URI::toString).containsExactly("https://status.example.org");
        assertThat(m.detectProblemProperty().get()).isEqualTo("Cannot reach status.example.org: connection refused");
    }

    @Test
    void aGroupTickWatchesTheGroupByNameAndUntickingAMemberKeepsTheOthers() throws Exception {
        reads.put("openai", page("https://status.openai.com", List.of(API, WEB, DASHBOARD)));
        SettingsModel m = model(uri -> failed(uri, FailureKind.UNREACHABLE, "no"));
        assertThat(m.setComponents("openai", List.of("Core / API", "Dashboard"))).isTrue();

        assertThat(m.setGroupWatched("openai", "Core", true)).isTrue();
        assertThat(m.config().services().get(0).components()).containsExactly("Dashboard", "Core");

        ComponentChoice api = m.componentChoices("openai").get(0);
        m.setComponentWatched("openai", api, false);
        assertThat(m.config().services().get(0).components()).containsExactly("Dashboard", "Core / Web");

        m.setGroupWatched("openai", "Core", false);
        assertThat(m.config().services().get(0).components()).containsExactly("Dashboard");
    }

    @Test
    void aGroupSharingItsNameWithAComponentIsWatchedMemberByMember() throws Exception {
        Component coreElsewhere = new Component("c4", "Core", "Other", Status.OPERATIONAL);
        reads.put("openai", page("https://status.openai.com", List.of(API, WEB, coreElsewhere)));
        SettingsModel m = model(uri -> failed(uri, FailureKind.UNREACHABLE, "no"));

        m.setGroupWatched("openai", "Core", true);

        assertThat(m.config().services().get(0).components()).containsExactly("Core / API", "Core / Web");
    }

    @Test
    void aReadOfTheShownServiceIsCountedAndOthersAreNot() throws Exception {
        SettingsModel m = model(uri -> failed(uri, FailureKind.UNREACHABLE, "no"));
        m.select("github");

        m.pageRead("openai");
        assertThat(m.selectedReadsProperty().get()).isZero();
        m.pageRead("github");
        assertThat(m.selectedReadsProperty().get()).isEqualTo(1);
    }
}
