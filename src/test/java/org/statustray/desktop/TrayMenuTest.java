package org.statustray.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.MenuWords;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.model.Verdict;

class TrayMenuTest {
    private static final TrayState.Row GITHUB = new TrayState.Row("github", "GitHub", Status.DEGRADED, "Degraded");
    private static final TrayState.Row SLACK = new TrayState.Row("slack", "Slack", Status.PARTIAL_OUTAGE, "Partial");

    private final TrayMenu menu = new TrayMenu();

    @Test
    void rowsThenTheFixedItems() {
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.PARTIAL_OUTAGE, "", List.of(GITHUB, SLACK), false));

        assertThat(entries).extracting(TrayMenuTest::label).containsExactly("Open StatusTray", "---", "GitHub — degraded",
                "Slack — partial outage", "---", "Refresh now", "Snooze 1 hour", "Snooze until tomorrow",
                "Incident history", "All services", "Settings", "---", "Quit");
        assertThat(entries).extracting(TrayMenu.Entry::id).doesNotHaveDuplicates();
    }

    @Test
    void withoutServicesThereIsNoLeadingSeparator() {
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.OPERATIONAL, "", List.of(), false));

        assertThat(entries).extracting(TrayMenuTest::label).containsExactly("Open StatusTray", "---", "Refresh now",
                "Snooze 1 hour", "Snooze until tomorrow", "Incident history", "All services", "Settings", "---", "Quit");
    }

    @Test
    void aServiceKeepsItsIdWhenTheRowsChange() {
        int slackId = menu.entries(new TrayState(Status.PARTIAL_OUTAGE, "", List.of(GITHUB, SLACK), false)).get(3).id();

        List<TrayMenu.Entry> later = menu.entries(new TrayState(Status.PARTIAL_OUTAGE, "", List.of(SLACK), false));

        assertThat(later.get(2)).isInstanceOfSatisfying(TrayMenu.ServiceRow.class, row -> {
            assertThat(row.serviceId()).isEqualTo("slack");
            assertThat(row.id()).isEqualTo(slackId);
        });
    }

    @Test
    void everyItemDoesWhatItSays() {
        RecordingTrayActions actions = new RecordingTrayActions();
        for (TrayMenu.Entry entry : menu.entries(new TrayState(Status.DEGRADED, "", List.of(GITHUB), false))) {
            TrayMenu.activate(entry, actions);
        }
        assertThat(actions.calls).containsExactly("overview", "timeline:github", "refresh", "snooze:PT1H", "snooze:tomorrow",
                "history", "all", "settings", "quit");
    }

    @Test
    void aRowCarriesItsVerdictWhenItIsWorthTelling() {
        TrayState.Row early = new TrayState.Row("openai", "OpenAI", Status.OPERATIONAL, "", Verdict.THEM_NOT_ON_PAGE_YET);
        TrayState.Row you = new TrayState.Row("gh", "GitHub", Status.UNKNOWN, "", Verdict.YOU);

        assertThat(TrayMenu.rowLabel(early)).isEqualTo("OpenAI — operational · not answering from here; not on its page yet");
        assertThat(TrayMenu.rowLabel(you)).isEqualTo("GitHub — unknown · this machine's network");
        assertThat(TrayMenu.rowLabel(new TrayState.Row("s", "Slack", Status.MAJOR_OUTAGE, "", Verdict.THEM_CONFIRMED)))
                .isEqualTo("Slack — major outage · down, confirmed from here");
        for (Verdict quiet : new Verdict[] {Verdict.FINE, Verdict.NO_PROBE, null}) {
            assertThat(TrayMenu.rowLabel(new TrayState.Row("gh", "GitHub", Status.DEGRADED, "", quiet))).as("" + quiet)
                    .isEqualTo("GitHub — degraded");
        }
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.UNKNOWN, "", List.of(early, you), false));
        assertThat(entries.get(2).label()).isEqualTo(TrayMenu.rowLabel(early));
    }

    @Test
    void labelsSpellTheStatusAndKeepUnderscores() {
        assertThat(TrayMenu.rowLabel(new TrayState.Row("x", "My_API", Status.MAJOR_OUTAGE, ""))).isEqualTo("My_API — major outage");
    }

    @Test
    void whileSnoozedTheMenuSaysUntilWhenAndOffersResume() {
        Snooze snooze = Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), Instant.parse("2026-12-07T17:30:00Z"),
                ZoneId.of("Europe/Berlin"));
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.DEGRADED, "", List.of(GITHUB), snooze));

        assertThat(entries).extracting(TrayMenuTest::label).containsExactly("Open StatusTray", "---",
                "GitHub — degraded", "---", "Refresh now", "Notifications snoozed until 19:30 CET",
                "Resume notifications", "Incident history", "All services", "Settings", "---", "Quit");
        assertThat(entries).filteredOn(e -> e instanceof TrayMenu.Note).singleElement()
                .extracting(TrayMenu.Entry::label).isEqualTo("Notifications snoozed until 19:30 CET");
        RecordingTrayActions actions = new RecordingTrayActions();
        entries.forEach(e -> TrayMenu.activate(e, actions));
        assertThat(actions.calls).as("the note does nothing").containsExactly("overview", "timeline:github", "refresh",
                "resume", "history", "all", "settings", "quit");
    }

    @Test
    void resumingBringsBackTheSnoozesAndNoWordOfTheOldOne() {
        Snooze snooze = Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), Instant.parse("2026-12-07T17:30:00Z"),
                ZoneId.of("Europe/Berlin"));
        List<Integer> snoozedIds = menu.entries(new TrayState(Status.DEGRADED, "", List.of(GITHUB), snooze)).stream()
                .map(TrayMenu.Entry::id).toList();

        List<TrayMenu.Entry> after = menu.entries(new TrayState(Status.DEGRADED, "", List.of(GITHUB), null));

        assertThat(after).extracting(TrayMenuTest::label).contains("Snooze 1 hour", "Snooze until tomorrow")
                .doesNotContain("Resume notifications").noneMatch(l -> l.contains("snoozed"));
        assertThat(after).extracting(TrayMenu.Entry::id).doesNotHaveDuplicates();
        assertThat(snoozedIds).doesNotHaveDuplicates();
    }

    @Test
    void aMutedServiceIsMarkedInItsRow() {
        TrayState.Row muted = new TrayState.Row("slack", "Slack", Status.OPERATIONAL, "", null, null, true);

        assertThat(TrayMenu.rowLabel(muted)).isEqualTo("Slack — operational (muted)");
        assertThat(TrayMenu.rowLabel(SLACK)).isEqualTo("Slack — partial outage");
        assertThat(menu.entries(new TrayState(Status.OPERATIONAL, "", List.of(muted, GITHUB), false)))
                .extracting(TrayMenuTest::label).contains("Slack — operational (muted)", "GitHub — degraded");
    }

    @Test
    void openStatusTrayOpensTheOverviewAndTheItemsBearTheSharedNames() {
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.OPERATIONAL, "", List.of(), false));
        RecordingTrayActions actions = new RecordingTrayActions();

        TrayMenu.activate(entries.get(0), actions);

        assertThat(entries.get(0).label()).isEqualTo(MenuWords.OPEN);
        assertThat(actions.calls).containsExactly("overview");
        assertThat(entries).extracting(TrayMenu.Entry::label).contains(MenuWords.OPEN, MenuWords.REFRESH,
                MenuWords.SNOOZE_HOUR, MenuWords.SNOOZE_TOMORROW, MenuWords.HISTORY, MenuWords.SETTINGS, MenuWords.QUIT);
    }

    @Test
    void allServicesIsAnItemOfItsOwnAfterTheHistoryAndOpensThatWindow() {
        List<TrayMenu.Entry> entries = menu.entries(new TrayState(Status.OPERATIONAL, "", List.of(GITHUB), false));
        RecordingTrayActions actions = new RecordingTrayActions();
        TrayMenu.Entry all = entries.stream().filter(e -> e.label().equals(MenuWords.ALL_SERVICES)).findFirst().orElseThrow();

        TrayMenu.activate(all, actions);

        assertThat(actions.calls).containsExactly("all");
        assertThat(all.id()).isEqualTo(TrayMenu.ALL_SERVICES);
        assertThat(entries).extracting(TrayMenu.Entry::id).doesNotHaveDuplicates();
        List<String> labels = entries.stream().map(TrayMenu.Entry::label).toList();
        assertThat(labels.indexOf(MenuWords.ALL_SERVICES)).isEqualTo(labels.indexOf(MenuWords.HISTORY) + 1);
        assertThat(entries).filteredOn(e -> e.label().equals(MenuWords.HISTORY)).extracting(TrayMenu.Entry::id)
                .containsExactly(TrayMenu.HISTORY); // the ids a host may hold from an older layout stay
    }

    private static String label(TrayMenu.Entry entry) {
        return entry instanceof TrayMenu.Separator ? "---" : entry.label();
    }
}
