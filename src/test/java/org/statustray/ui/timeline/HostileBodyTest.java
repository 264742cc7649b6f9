package org.statustray.ui.timeline;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.ServiceConfig;
import org.statustray.store.HistoryStore;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An incident body with a script and a remote image, shown in the timeline: it is text, nothing in it runs
 * or is loaded, and a real local server that counts requests receives none.
 */
@ExtendWith(ApplicationExtension.class)
class HostileBodyTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final byte[] PIXEL = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");


    @TempDir
    Path dir;
    HistoryStore store;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PIXEL.length);
            exchange.getResponseBody().write(PIXEL);
            exchange.close();
        });
        server.start();
        store = HistoryStore.open(dir);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        server.stop(0);
        store.close();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theServerCountsWhatItIsAsked() throws Exception {
        // The counter this test relies on does count: a real request to it is seen.
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/pixel.png"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void aScriptAndARemoteImageInABodyAreShownAsTextAndNeverLoaded() throws Exception {
        String body = "<p>We are investigating.</p><script>alert(1)</script>"
                + "<img src=" + base() + "/pixel.png>"
                + "<p>See <a href=\"javascript:alert(2)\">this</a> and the <a href=\"" + base() + "/report\">report</a>.</p>"
                + " ![tracker](" + base() + "/md.png)"
                + "<iframe src=\"" + base() + "/frame\"></iframe><link rel=stylesheet href=\"" + base() + "/x.css\">";
        Instant started = NOW.minus(Duration.ofMinutes(30));
        store.upsertIncidents("acme", List.of(new Incident("evil", "Hostile <b>title</b>", "investigating",
                Impact.MINOR, started, started, null, null,
                List.of(new IncidentUpdate("u1", "investigating", started, started, body)), List.of())));
        ServiceConfig acme = new ServiceConfig("acme", "Acme", base() + "/status", "statuspage", List.of(), null,
                false, false, false);
        ZoneId zone = ZoneId.of("America/Chicago");

        FxToolkit.setupFixture(() -> new TimelineWindow(new TimelineModel(store, acme, "Acme",
                Clock.fixed(NOW, zone), zone), UiActions.NONE).show());
        WaitForAsyncUtils.waitForFxEvents();

        TitledPane pane = lookup(".incident").queryAs(TitledPane.class);
        assertThat(pane.isExpanded()).isTrue();
        TextFlow flow = lookup(".update-body").queryAs(TextFlow.class);
        StringBuilder shown = new StringBuilder();
        for (Node n : flow.getChildren()) {
            assertThat(n).isInstanceOfAny(Text.class, Hyperlink.class); // text and links, no markup nodes
            shown.append(n instanceof Text t ? t.getText() : ((Hyperlink) n).getText());
        }
        assertThat(shown.toString()).contains("We are investigating.", "report").doesNotContain("<script", "<img",
                "<iframe", "javascript:");
        // Links stay links (opened only when clicked, only http/https); the javascript: one is plain text
        assertThat(flow.getChildren()).filteredOn(n -> n instanceof Hyperlink)
                .extracting(n -> ((Hyperlink) n).getText()).containsExactly("report", "tracker");

        Parent root = shownStage().getScene().getRoot();
        List<Node> all = new ArrayList<>();
        walk(root, all);
        assertThat(all).noneMatch(n -> n.getClass().getName().contains("WebView"));
        assertThat(all).filteredOn(n -> n instanceof ImageView).allMatch(n -> {
            ImageView v = (ImageView) n;
            return v.getImage() == null || v.getImage().getUrl() == null || !v.getImage().getUrl().startsWith("http");
        });

        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(() -> WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> requests.get() > 0))
                .isInstanceOf(TimeoutException.class);
        assertThat(requests.get()).isZero();
    }

    static Stage shownStage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    private static void walk(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
        if (n instanceof TitledPane t && t.getContent() != null) {
            walk(t.getContent(), out);
        }
    }
}
