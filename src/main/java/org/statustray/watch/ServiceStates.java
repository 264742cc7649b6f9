package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.statustray.model.ServiceConfig;

/**
 * The watched services' states, one {@link ServiceState} each: the one place a service is added to the
 * watching and removed from it ({@link #update}), so that what is known of a removed service goes at once,
 * whole. Any thread.
 */
public final class ServiceStates {
    private static final System.Logger LOG = System.getLogger(ServiceStates.class.getName());
    private final Map<String, ServiceState> byId = new ConcurrentHashMap<>();
    private volatile List<ServiceState> watched = List.of();

    /** The state of {@code serviceId}, made when there is none yet (before its first poll, a restored snapshot). */
    public ServiceState of(String serviceId) {
        return byId.computeIfAbsent(serviceId, ServiceState::new);
    }

    public Optional<ServiceState> get(String serviceId) {
        return Optional.ofNullable(byId.get(serviceId));
    }

    /** The watched services' states, in the settings' order. */
    public List<ServiceState> watched() {
        return watched;
    }

    /**
     * Watches exactly {@code services}, in their order: a state for each (kept where there was one, with the
     * new settings), and none any more for a service not among them. A service without an id, or whose id
     * comes again, is left out.
     */
    public synchronized List<ServiceState> update(List<ServiceConfig> services) {
        List<ServiceState> next = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ServiceConfig service : services) {
            if (service == null || service.id() == null || !ids.add(service.id())) {
                LOG.log(Level.WARNING, "ignoring a service without an id or with a repeated id: {0}", service);
                continue;
            }
            ServiceState st = of(service.id());
            st.config(service);
            next.add(st);
        }
        byId.keySet().retainAll(ids);
        watched = List.copyOf(next);
        return watched;
    }

    /**
     * Whether every watched service polled so far ({@code besides} left out) got no answer at all at its last
     * poll: then it is the machine that is off the network, not the services. The one place that is judged.
     */
    public boolean everyPolledUnreachable(ServiceState besides) {
        boolean any = false;
        for (ServiceState st : watched) {
            if (st == besides || !st.polled()) {
                continue;
            }
            if (!st.unreachable()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Forgets one service's state (a test's, or one never watched); a watched one is removed by {@link #update}. */
    void remove(String serviceId) {
        byId.remove(serviceId);
    }
}
