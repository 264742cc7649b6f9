package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/** Reading a user catalogue and what importing it does: every kind of bad entry, duplicates, built-in ids, the limit. */
class SharedImportTest {
    static final Catalog CATALOG = Catalog.builtIn();
    static final ObjectMapper JSON = new ObjectMapper();
    static final AppConfig EMPTY = new AppConfig(60, List.of(), false, null);

    static ServiceConfig byUrl(String id, String url, String format) {
        return new ServiceConfig(id, id + " page", url, format, List.of("API"), 45, false, false, true,
                new ProbeSetting.At("https://" + id + ".example/ping"));
    }

    /** An exported file of {@code count} services, as export writes it. */
    static ObjectNode exported(int count) throws Exception {
        List<ServiceConfig> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(byUrl("svc" + i, "https://status" + i + ".example", "statuspage"));
        }
        byte[] json = SharedServices.export(EMPTY.withServices(list), s -> Optional.empty()).json();
        return (ObjectNode) JSON.readTree(json);
    }

    static SharedFile file(ObjectNode root) throws Exception {
        return SharedFile.parse(JSON.writeValueAsBytes(root), "team.json");
    }

    static SharedImport.Plan importing(ObjectNode root, AppConfig into) throws Exception {
        SharedFile f = file(root);
        assertThat(f.problem()).isNull();
        return SharedImport.plan(into, f, CATALOG);
    }

    /** The plan's line for the second entry of a file whose second entry was changed by {@code change}. */
    static String secondEntry(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = exported(3);
        change.accept((ObjectNode) root.get("services").get(1));
        SharedImport.Plan plan = importing(root, EMPTY);
        assertThat(plan.lines()).hasSize(3);
        assertThat(plan.lines().get(0).outcome()).isEqualTo(SharedImport.Outcome.ADDED);
        assertThat(plan.lines().get(2).outcome()).as("the rest still imports").isEqualTo(SharedImport.Outcome.ADDED);
        return plan.lines().get(1).text();
    }

    @Test
    void eachBadEntryIsNamedWithItsReasonAndTheRestImports() throws Exception {
        assertThat(secondEntry(e -> e.remove("url"))).isEqualTo("svc1: skipped, it has no url");
        assertThat(secondEntry(e -> e.remove("format"))).isEqualTo("svc1: skipped, it has no format");
        assertThat(secondEntry(e -> e.put("url", "file:/etc/passwd"))).startsWith("svc1: skipped, ").contains("file");
        assertThat(secondEntry(e -> e.put("url", "javascript:alert(1)"))).startsWith("svc1: skipped, ");
        assertThat(secondEntry(e -> e.put("format", "rss2"))).startsWith("svc1: skipped, unknown format 'rss2' (one of ")
                .contains("statuspage");
        assertThat(secondEntry(e -> e.put("format", "auto"))).startsWith("svc1: skipped, unknown format 'auto'");
        assertThat(secondEntry(e -> e.putArray("components").add("API").add(7))).isEqualTo(
                "svc1: skipped, its components are not a list of names");
        assertThat(secondEntry(e -> e.put("components", "API"))).isEqualTo(
                "svc1: skipped, its components are not a list of names");
        assertThat(secondEntry(e -> e.putArray("aliases").addObject())).isEqualTo(
                "svc1: skipped, its aliases are not a list of words");
        assertThat(secondEntry(e -> e.put("probe", "gopher://x"))).startsWith("svc1: skipped, its probe: ");
        assertThat(secondEntry(e -> e.put("id", 12))).isEqualTo("entry 2: skipped, its id is not a word");
        assertThat(secondEntry(e -> e.put("id", "svc0"))).isEqualTo(
                "svc0: skipped, the id is listed twice in the file; the first is kept");
        assertThat(secondEntry(e -> e.put("url", "https://STATUS0.example/api/v2/summary.json").put("id", "again")))
                .isEqualTo("again: skipped, the same page as svc0 above");
    }

    @Test
    void anEntryThatIsNotAnObjectIsNamedByItsPlace() throws Exception {
        ObjectNode root = exported(1);
        ((ArrayNode) root.get("services")).add("https://status.example");

        assertThat(importing(root, EMPTY).lines().get(1).text()).isEqualTo("entry 2: skipped, not an object");
    }

    @Test
    void aFileThatIsNoListOfServicesIsRefusedWhole() throws Exception {
        assertThat(SharedFile.parse("[]".getBytes(StandardCharsets.UTF_8), "t.json").problem()).contains("not a list of services");
        assertThat(SharedFile.parse("{\"services\": {}}".getBytes(StandardCharsets.UTF_8), "t.json").problem())
                .contains("not a list of services");
        assertThat(SharedFile.parse(new byte[0], "t.json").problem()).isEqualTo("t.json is empty");
        assertThat(SharedFile.parse("{\"services\": [] } x".getBytes(StandardCharsets.UTF_8), "t.json").problem())
                .startsWith("t.json is not JSON");
        assertThat(file(exported(1).put("version", 2)).problem()).contains("version 2");
        assertThat(file(exported(1_001)).problem()).isEqualTo("team.json lists 1,001 services, more than the 1,000 StatusTray watches");
        assertThat(file(exported(1_000)).problem()).isNull();
    }

    @Test
    void aBuiltInIdForAnotherPageKeepsThePageUnderAnIdOfItsOwn() throws Exception {
        ObjectNode root = exported(2);
        ((ObjectNode) root.get("services").get(0)).put("id", "github").put("url", "https://status.ghe.corp.example");
        ((ObjectNode) root.get("services").get(1)).put("id", "slack").put("url", "https://slack-status.com/");

        SharedImport.Plan plan = importing(root, EMPTY);

        assertThat(plan.lines()).extracting(SharedImport.Line::text).containsExactly(
                "github: added as status-ghe-corp-example ('github' is the built-in GitHub, at another address)",
                "slack: added (the built-in Slack)");
        assertThat(plan.added()).extracting(ServiceConfig::id).containsExactly("status-ghe-corp-example", "slack");
        assertThat(plan.added().get(1).addedByUrl()).isFalse();
    }

    @Test
    void anIdTakenByAnotherWatchedPageGetsAnotherId() throws Exception {
        AppConfig watching = EMPTY.withServices(List.of(byUrl("svc0", "https://elsewhere.example", "statuspage")));

        SharedImport.Plan plan = importing(exported(1), watching);

        assertThat(plan.lines().get(0).text()).isEqualTo(
                "svc0: added as status0-example ('svc0' is already the id of another service)");
    }

    @Test
    void nothingIsImportedBeyondTheLimitOfTheConfig() throws Exception {
        List<ServiceConfig> many = new ArrayList<>();
        for (int i = 0; i < ConfigFile.MAX_SERVICES - 1; i++) {
            many.add(byUrl("mine" + i, "https://mine" + i + ".example", "statuspage"));
        }

        SharedImport.Plan plan = importing(exported(3), EMPTY.withServices(many));

        assertThat(plan.added()).hasSize(1);
        assertThat(plan.lines()).extracting(SharedImport.Line::text).containsExactly("svc0: added",
                "svc1: skipped, StatusTray watches at most 1,000 services",
                "svc2: skipped, StatusTray watches at most 1,000 services");
        assertThat(plan.applyTo(EMPTY.withServices(many)).services()).hasSize(ConfigFile.MAX_SERVICES);
    }

    @Test
    void importedServicesKeepWhatTheFileSaysAndThePollIntervalRisesForARemotePage() throws Exception {
        AppConfig local = new AppConfig(5, List.of(byUrl("here", "http://127.0.0.1:9/", "statuspage")), false, null);

        AppConfig after = importing(exported(1), local).applyTo(local);

        ServiceConfig s = after.services().get(1);
        assertThat(s).isEqualTo(new ServiceConfig("svc0", "svc0 page", "https://status0.example", "statuspage",
                List.of("API"), null, false, false, true, new ProbeSetting.At("https://svc0.example/ping")));
        assertThat(after.pollIntervalSeconds()).isEqualTo(ConfigRules.REMOTE_MINIMUM_SECONDS);
    }
}
