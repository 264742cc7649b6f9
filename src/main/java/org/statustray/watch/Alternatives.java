package org.statustray.watch;

import java.util.ArrayList;
import java.util.List;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * The sentence a degradation notice ends with when another watched service of its group can stand in
 * ("Anthropic and Mistral AI are operational."). Healthy means operational as shown now: unknown, maintenance
 * or any trouble is not; a muted service counts (muting silences its notices, its page is still read).
 */
final class Alternatives {
    private Alternatives() {
    }

    /** The sentence for a status change: only a service getting worse is told of its stand-ins. */
    static String forChange(Change c, AlternativeGroups groups, List<ServiceState> watched) {
        boolean worse = c.kind() == ChangeKind.DEGRADED || c.kind() == ChangeKind.WORSE;
        return worse ? sentence(c.serviceId(), groups, watched) : "";
    }

    /** "Anthropic and Mistral AI are operational.", in the watched order; empty when none of its group is. */
    static String sentence(String serviceId, AlternativeGroups groups, List<ServiceState> watched) {
        List<String> healthy = new ArrayList<>();
        for (ServiceState st : watched) {
            ServiceConfig settings = st.config();
            if (settings != null && groups.standsInFor(st.id, serviceId) && st.shown() == Status.OPERATIONAL) {
                healthy.add(settings.displayName(st.lastGoodName()));
            }
        }
        return AlternativeGroups.operationalSentence(healthy);
    }
}
