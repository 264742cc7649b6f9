package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.ui.settings.ComponentPickerModel.ComponentRow;
import org.statustray.ui.settings.ComponentPickerModel.GroupRow;
import org.statustray.ui.settings.ComponentPickerModel.Row;
import org.statustray.ui.settings.ComponentPickerModel.Tick;

/** The component picker's rules on the recorded Tor Project page: order, filter and group ticks. */
class ComponentPickerModelTest {
    final Snapshot tor = BigPages.tor();
    final ComponentPickerModel picker = new ComponentPickerModel();

    static List<String> lines(List<Row> rows) {
        return rows.stream().map(r -> r instanceof GroupRow g ? "# " + g.group() + " " + g.tick()
                : "  " + ((ComponentRow) r).component().name() + (((ComponentRow) r).ticked() ? " [x]" : "")).toList();
    }

    @Test
    void groupsWithATroubledMemberComeFirstAndTroubledMembersFirstInTheirGroup() {
        picker.show(tor.components(), Set.of());

        List<String> lines = lines(picker.rows());

        assertThat(lines.stream().filter(l -> l.startsWith("#")).toList()).containsExactly(
                "# Tor Network NONE", "# Tor Project websites NONE", "# Deprecated NONE", "# Internal systems NONE");
        assertThat(tor.components().stream().map(Component::group).distinct().toList()).as("the page's own order")
                .containsExactly("Tor Network", "Deprecated", "Tor Project websites", "Internal systems");
        assertThat(lines.subList(0, 4)).containsExactly("# Tor Network NONE", "  v3 Onion Services",
                "  Directory Authorities", "  Network Experiments");
        assertThat(lines.get(5)).as("the disrupted website before the six that are ok").isEqualTo("  metrics.torproject.org");
        assertThat(picker.shown()).isEqualTo(15);
        GroupRow network = (GroupRow) picker.rows().get(0);
        assertThat(network.worst()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(network.members()).isEqualTo(3);
    }

    @Test
    void theFilterKeepsMatchingComponentsUnderTheirGroupAndAWholeGroupByItsName() {
        picker.show(tor.components(), Set.of());

        picker.setFilter("ONION");
        assertThat(lines(picker.rows())).containsExactly("# Tor Network NONE", "  v3 Onion Services",
                "# Deprecated NONE", "  v2 Onion Services");
        assertThat(picker.shown()).isEqualTo(2);

        picker.setFilter("internal");
        assertThat(lines(picker.rows())).as("all ok: in the page's order").containsExactly("# Internal systems NONE",
                "  GitLab", "  Email", "  Mailing lists", "  DNS");

        picker.setFilter("nothing like it");
        assertThat(picker.rows()).isEmpty();
        assertThat(picker.shown()).isZero();
    }

    @Test
    void aGroupTickTicksEveryMemberEvenThoseTheFilterHidesAndShowsSomeWhenPartlyTicked() {
        picker.show(tor.components(), Set.of());
        picker.setFilter("onion");

        picker.tickGroup("Tor Network", true);

        assertThat(picker.groupTick("Tor Network")).isEqualTo(Tick.ALL);
        assertThat(picker.tickedComponents()).extracting(Component::name)
                .containsExactlyInAnyOrder("Directory Authorities", "Network Experiments", "v3 Onion Services");

        picker.tick("v3 Onion Services", false);
        assertThat(picker.groupTick("Tor Network")).isEqualTo(Tick.SOME);
        GroupRow row = (GroupRow) picker.rows().get(0);
        assertThat(row.ticked()).isEqualTo(2);

        picker.tickGroup("Tor Network", false);
        assertThat(picker.groupTick("Tor Network")).isEqualTo(Tick.NONE);
        assertThat(picker.tickedComponents()).isEmpty();
    }

    @Test
    void showingThePageAgainKeepsTheFilterAndTakesTheTicksGiven() {
        picker.show(tor.components(), Set.of());
        picker.setFilter("dns");
        picker.show(tor.components(), Set.of("DNS", "not on the page"));

        assertThat(lines(picker.rows())).containsExactly("# Internal systems SOME", "  DNS [x]");
        assertThat(picker.tickedComponents()).extracting(Component::id).containsExactly("DNS");
    }

    @Test
    void componentsOutsideAnyGroupStandAloneAmongTheGroupsTroubledFirst() {
        Component api = new Component("a", "API", null, Status.OPERATIONAL);
        Component web = new Component("w", "Web", "Front", Status.OPERATIONAL);
        Component jobs = new Component("j", "Jobs", null, Status.MAJOR_OUTAGE);
        picker.show(List.of(api, web, jobs), Set.of());

        assertThat(lines(picker.rows())).containsExactly("  Jobs", "  API", "# Front NONE", "  Web");
        assertThat(((ComponentRow) picker.rows().get(0)).inGroup()).isFalse();
    }

    @Test
    void cloudflaresRealPageOf462IsSortedGroupedAndFilteredWhole() {
        Snapshot cloudflare = BigPages.cloudflare();
        picker.show(cloudflare.components(), Set.of());

        assertThat(picker.size()).isEqualTo(462);
        List<String> groups = lines(picker.rows()).stream().filter(l -> l.startsWith("#")).toList();
        assertThat(groups).as("the seven regions with a PoP in trouble in the page's order, then the calm group")
                .containsExactly("# Africa NONE", "# Asia NONE", "# Europe NONE", "# Latin America & the Caribbean NONE",
                        "# Middle East NONE", "# North America NONE", "# Oceania NONE", "# Cloudflare Sites and Services NONE");
        GroupRow africa = (GroupRow) picker.rows().get(0);
        assertThat(africa.members()).isEqualTo(33);
        assertThat(((ComponentRow) picker.rows().get(1)).component().status()).as("troubled members first")
                .isNotEqualTo(Status.OPERATIONAL);

        picker.setFilter("arica");
        assertThat(lines(picker.rows())).containsExactly("# Latin America & the Caribbean NONE", "  Arica, Chile - (ARI)");
        picker.setFilter("Cloudflare Sites and Services");
        assertThat(picker.shown()).as("a whole group by its name").isEqualTo(125);
    }
}
