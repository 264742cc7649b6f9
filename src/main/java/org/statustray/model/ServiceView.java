package org.statustray.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the windows know of one watched service right now. {@code failure} says why the latest read failed
 * (null after a good one; "not read yet" for an unknown service never read); {@code lastChecked} is the last
 * poll (null: not yet); {@code lastGoodAt} when the data shown was
 * read (null: never); incidents are the active ones, maintenances those scheduled or under way.
 * {@code verdict} is "is it me or them" (null: not judged yet, no probe has answered or failed);
 * {@code probeMs} and {@code probedAt} the last probe's whole time and when it ran (null: none yet).
 * {@code unlisted} are the watched components the page no longer lists, each with the status it was last
 * listed with and {@link Component#notListedSince()}.
 * {@code trouble} says whether the failing page is unreachable or unreadable (null: not failing, or not told).
 * {@code components} are those the page listed at its last good read, of what is watched (every one when the
 * service is watched whole), in page order; the windows pick out those affected.
 */
public record ServiceView(String id, String name, String url, Status status, @Nullable String description,
        @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
        List<Incident> activeIncidents, List<Maintenance> maintenances, @Nullable Verdict verdict,
        @Nullable Long probeMs, @Nullable Instant probedAt, List<Component> unlisted, @Nullable PageTrouble trouble,
        List<Component> components) {

    public ServiceView {
        activeIncidents = activeIncidents == null ? List.of() : List.copyOf(activeIncidents);
        maintenances = maintenances == null ? List.of() : List.copyOf(maintenances);
        unlisted = unlisted == null ? List.of() : List.copyOf(unlisted);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A view whose components are not told. */
    public ServiceView(String id, String name, String url, Status status, @Nullable String description,
            @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
            List<Incident> activeIncidents, List<Maintenance> maintenances, @Nullable Verdict verdict,
            @Nullable Long probeMs, @Nullable Instant probedAt, List<Component> unlisted, @Nullable PageTrouble trouble) {
        this(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents, maintenances,
                verdict, probeMs, probedAt, unlisted, trouble, List.of());
    }

    /** A view whose watched components are all listed and whose failure is not told as one of the two. */
    public ServiceView(String id, String name, String url, Status status, @Nullable String description,
            @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
            List<Incident> activeIncidents, List<Maintenance> maintenances, @Nullable Verdict verdict,
            @Nullable Long probeMs, @Nullable Instant probedAt) {
        this(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents, maintenances,
                verdict, probeMs, probedAt, List.of(), null);
    }

    /** A view whose failure, if any, is not told as unreachable or unreadable. */
    public ServiceView(String id, String name, String url, Status status, @Nullable String description,
            @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
            List<Incident> activeIncidents, List<Maintenance> maintenances, @Nullable Verdict verdict,
            @Nullable Long probeMs, @Nullable Instant probedAt, List<Component> unlisted) {
        this(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents, maintenances,
                verdict, probeMs, probedAt, unlisted, null);
    }

    /** This view with its failure told as {@code trouble}. */
    public ServiceView withTrouble(@Nullable PageTrouble trouble) {
        return new ServiceView(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents,
                maintenances, verdict, probeMs, probedAt, unlisted, trouble, components);
    }

    /** This view with the page's {@code components} (of what is watched) told. */
    public ServiceView withComponents(List<Component> components) {
        return new ServiceView(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents,
                maintenances, verdict, probeMs, probedAt, unlisted, trouble, components);
    }

    /** A view with no probe known (none configured, or not judged yet). */
    public ServiceView(String id, String name, String url, Status status, @Nullable String description,
            @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
            List<Incident> activeIncidents, List<Maintenance> maintenances) {
        this(id, name, url, status, description, failure, lastChecked, lastGoodAt, activeIncidents, maintenances,
                null, null, null);
    }
}
