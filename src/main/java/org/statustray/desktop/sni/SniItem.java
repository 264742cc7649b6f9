package org.statustray.desktop.sni;

import java.util.Map;
import java.util.concurrent.Executor;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.TrayActions;
import org.statustray.model.TrayState;

/** The StatusNotifierItem exported at {@link StatusNotifierItem#PATH}: properties of the last state, clicks. */
final class SniItem implements StatusNotifierItem, Properties {
    private final TrayActions actions;
    private final Executor actionThread;
    private volatile Map<String, Variant<?>> properties;

    SniItem(TrayState state, TrayActions actions, Executor actionThread) {
        this.actions = actions;
        this.actionThread = actionThread;
        this.properties = SniProperties.of(state);
    }

    void update(TrayState state) {
        properties = SniProperties.of(state);
    }

    @Override
    public void Activate(int x, int y) {
        actionThread.execute(actions::openOverview);
    }

    @Override
    public void SecondaryActivate(int x, int y) {
        actionThread.execute(actions::refreshNow);
    }

    @Override
    public void ContextMenu(int x, int y) {
        // Every host we know reads the Menu property and draws that menu; there is no other one to show.
    }

    @Override
    public void Scroll(int delta, String orientation) {
        // Scrolling over the icon does nothing.
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> @Nullable A Get(String interfaceName, String propertyName) {
        return ours(interfaceName) ? (A) properties.get(propertyName) : null;
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new PropertyReadOnly(propertyName + " is read-only");
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        return ours(interfaceName) ? properties : Map.of();
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    private static boolean ours(String interfaceName) {
        return interfaceName.isEmpty() || INTERFACE.equals(interfaceName);
    }
}
