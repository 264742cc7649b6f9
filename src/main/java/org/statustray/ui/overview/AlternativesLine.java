package org.statustray.ui.overview;

import java.util.ArrayList;
import java.util.List;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;

/**
 * The overview's line under a service in trouble naming its watched stand-ins that are operational now
 * ("Anthropic and Mistral AI are operational."): the same rule as the degradation notice. A service that is
 * well, unknown or in maintenance gets no line; unknown and maintenance do not count as healthy stand-ins.
 */
final class AlternativesLine {
    private AlternativesLine() {
    }

    /** The line for {@code subject} among every watched service's view (in the overview's order); empty for none. */
    static String of(ServiceView subject, List<ServiceView> watched, AlternativeGroups groups) {
        if (subject.status() == null || !subject.status().isProblem()) {
            return "";
        }
        List<String> healthy = new ArrayList<>();
        for (ServiceView v : watched) {
            if (v.status() == Status.OPERATIONAL && groups.standsInFor(v.id(), subject.id())) {
                healthy.add(v.name() == null || v.name().isBlank() ? v.id() : v.name().strip());
            }
        }
        return AlternativeGroups.operationalSentence(healthy);
    }
}
